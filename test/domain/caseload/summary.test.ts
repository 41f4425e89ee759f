import { describe, expect, it } from 'vitest';
import { clientState, type Phase } from '../../../src/domain';
import { filterAndSortClients, pageOf } from '../../../src/domain/caseload/client-list';
import { checkClientFields, parseDecimal } from '../../../src/domain/caseload/drafts';
import { JobDraftSchema, StaffDraftSchema } from '../../../src/domain/records/caseload';
import { draftProblems } from '../../../src/domain/records/draft-problems';
import { StaffAbsenceDraftSchema } from '../../../src/domain/records/staff-absence';
import { phaseCounts, specialistCaseloads, waitingClients, type ClientRow } from '../../../src/domain/caseload/summary';

const DAY = '2025-06-01';
function row(
  code: string,
  specialistId: string | null,
  phase: Phase | null,
  startDate: string | null = '2025-03-01',
  since = '2025-03-01',
): ClientRow {
  const events =
    phase === null ? [] : [{ date: since, kind: 'move' as const, phase, closureReason: null, createdAt: '2025-01-01T00:00:00.000Z' }];
  return { id: code, code, referralDate: '2025-02-01', startDate, specialistId, state: clientState(events) };
}

describe('specialistCaseloads', () => {
  const staff = [
    { id: 'full', fte: 1, startDate: '2024-01-01', endDate: null },
    { id: 'half', fte: 0.5, startDate: '2024-01-01', endDate: null },
    { id: 'leader', fte: 0, startDate: '2024-01-01', endDate: null },
    { id: 'left', fte: 1, startDate: '2024-01-01', endDate: '2025-05-31' },
  ];
  it('counts active clients against 20 × FTE, with the limit status, and skips idle FTE-0 staff', () => {
    const rows = [
      ...Array.from({ length: 11 }, (_, i) => row(`H-${i}`, 'half', 3)),
      row('F-1', 'full', 1),
      row('F-2', 'full', 5),
      row('W-1', 'full', null, null),
      row('L-1', 'left', 2),
    ];
    const loads = specialistCaseloads(staff, rows, DAY);
    expect(loads.map((l) => [l.staffId, l.active, l.capacity, l.status])).toEqual([
      ['full', 2, 20, 'under'],
      ['half', 11, 10, 'over'],
      ['left', 1, 0, 'over'],
    ]);
    expect(loads[0]?.byPhase).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 1 });
  });
  it('is at the limit when equal', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`H-${i}`, 'half', 2));
    expect(specialistCaseloads(staff, rows, DAY).find((l) => l.staffId === 'half')?.status).toBe('at');
  });
});

describe('service views', () => {
  it('counts active clients per phase and lists waiting clients, longest wait first', () => {
    const later = { ...row('W-2', null, null, null), referralDate: '2025-05-01' };
    const rows = [row('A', 'x', 1), row('B', 'x', 1), row('C', 'x', 4), row('W-1', null, null, null), later];
    expect(phaseCounts(rows, DAY)).toEqual({ 1: 2, 2: 0, 3: 0, 4: 1, 5: 0 });
    expect(waitingClients(rows, DAY).map((w) => [w.row.code, w.days])).toEqual([
      ['W-1', 120],
      ['W-2', 31],
    ]);
  });

  it('filters and sorts the client list', () => {
    const rows = [
      row('KÄT-10', 'a', 2, '2025-01-10', '2025-05-01'),
      row('KÄT-9', 'b', 2, '2025-02-01', '2025-03-01'),
      row('KÄT-1', null, null, null),
    ];
    const all = { specialistId: 'all', phase: 'all', status: 'all' } as const;
    expect(filterAndSortClients(rows, all, 'code', DAY).map((r) => r.code)).toEqual(['KÄT-1', 'KÄT-9', 'KÄT-10']);
    expect(filterAndSortClients(rows, all, 'start-date', DAY).map((r) => r.code)).toEqual(['KÄT-9', 'KÄT-10', 'KÄT-1']);
    expect(filterAndSortClients(rows, all, 'days-in-phase', DAY).map((r) => r.code)).toEqual(['KÄT-1', 'KÄT-9', 'KÄT-10']);
    expect(filterAndSortClients(rows, { ...all, specialistId: 'none' }, 'code', DAY).map((r) => r.code)).toEqual(['KÄT-1']);
    expect(filterAndSortClients(rows, { ...all, specialistId: 'a' }, 'code', DAY).map((r) => r.code)).toEqual(['KÄT-10']);
    expect(filterAndSortClients(rows, { ...all, status: 'waiting' }, 'code', DAY).map((r) => r.code)).toEqual(['KÄT-1']);
    expect(filterAndSortClients(rows, { ...all, phase: 2 }, 'code', DAY)).toHaveLength(2);
  });

  it('pages a list and clamps the page number', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pageCount: 3 });
    expect(pageOf(items, 3, 50).items).toHaveLength(20);
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe('field checks: the forms use the schemas that guard the writes (issue 18)', () => {
  const staff = { name: 'Aino', role: 'specialist' as const, fte: 0.5, startDate: '2025-01-01', endDate: null };
  it('accepts FTE 0 and 1 and refuses outside 0–1, or an end before the start', () => {
    expect(draftProblems(StaffDraftSchema, staff)).toEqual({});
    expect(draftProblems(StaffDraftSchema, { ...staff, fte: 0 })).toEqual({});
    expect(draftProblems(StaffDraftSchema, { ...staff, fte: 1 })).toEqual({});
    expect(draftProblems(StaffDraftSchema, { ...staff, fte: 1.01 })).toEqual({ fte: { reason: 'too-large', max: 1 } });
    expect(draftProblems(StaffDraftSchema, { ...staff, fte: -0.5 })).toEqual({ fte: { reason: 'too-small', min: 0 } });
    expect(draftProblems(StaffDraftSchema, { ...staff, fte: Number.NaN }).fte?.reason).toBe('wrong-type');
    expect(draftProblems(StaffDraftSchema, { ...staff, endDate: '2024-12-31' })).toEqual({ endDate: { reason: 'days-reversed' } });
    expect(draftProblems(StaffDraftSchema, { ...staff, endDate: '2025-01-01' })).toEqual({});
  });
  it('names every staff problem at once: a missing name beside an end before the start and a too-long name', () => {
    expect(draftProblems(StaffDraftSchema, { ...staff, name: '  ', endDate: '2024-12-31' })).toEqual({
      name: { reason: 'too-short', min: 1 },
      endDate: { reason: 'days-reversed' },
    });
    expect(draftProblems(StaffDraftSchema, { ...staff, name: 'x'.repeat(201) })).toEqual({ name: { reason: 'too-long', max: 200 } });
  });
  it('an absence: both days real dates, the last not before the first', () => {
    expect(draftProblems(StaffAbsenceDraftSchema, { from: '2025-07-01', to: '2025-07-01' })).toEqual({});
    expect(draftProblems(StaffAbsenceDraftSchema, { from: '2025-07-28', to: '2025-07-01' })).toEqual({ to: { reason: 'days-reversed' } });
    expect(draftProblems(StaffAbsenceDraftSchema, { from: '', to: '2025-07-01' })).toEqual({ from: { reason: 'invalid-date' } });
  });
  it('parses decimals with a comma or a point', () => {
    expect(parseDecimal('0,5')).toBe(0.5);
    expect(parseDecimal('1')).toBe(1);
    expect(parseDecimal(' .75 ')).toBe(0.75);
    expect(parseDecimal('puoli')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });
  it('a client: the schema refuses an identity code and a start before the referral; the rules a duplicate code and a future day', () => {
    const fields = { code: 'KÄT-014', referralDate: '2025-02-01', referralSource: 'default:typ', startDate: '2025-02-01', notes: '' };
    const check = (changes: Partial<typeof fields>, others: string[] = []) => {
      const { problems, rules } = checkClientFields({ ...fields, ...changes }, others, DAY);
      return { problems, rules };
    };
    expect(check({}, ['KÄT-013'])).toEqual({ problems: {}, rules: {} });
    expect(checkClientFields({ ...fields, code: ' KÄT-014 ' }, [], DAY).draft).toEqual({
      code: 'KÄT-014',
      referralDate: '2025-02-01',
      referralSource: 'default:typ',
      notes: '',
    });
    expect(check({ code: ' kät-013 ' }, ['KÄT-013'])).toEqual({ problems: {}, rules: { code: 'duplicate-code' } });
    expect(check({ code: '131052-308T' })).toEqual({ problems: { code: { reason: 'identity-code' } }, rules: {} });
    expect(check({ notes: 'hetu 131052-308T' }).problems).toEqual({ notes: { reason: 'identity-code' } });
    expect(check({ startDate: '2025-01-31' }).problems).toEqual({ startDate: { reason: 'days-reversed' } });
    expect(check({ referralDate: '2025-06-02', startDate: '' })).toEqual({ problems: {}, rules: { referralDate: 'date-in-future' } });
    expect(check({ code: '  ' }).problems).toEqual({ code: { reason: 'too-short', min: 1 } });
    expect(check({ code: 'x'.repeat(41) }).problems).toEqual({ code: { reason: 'too-long', max: 40 } });
    // A code the schema refuses is not also said to be a duplicate: one message per field.
    expect(check({ code: '131052-308T' }, ['131052-308T']).rules).toEqual({});
    // A day that is not a date is an invalid date, not a future one.
    expect(check({ startDate: '2025-99-01' })).toEqual({ problems: { startDate: { reason: 'invalid-date' } }, rules: {} });
  });
  it('checks a job', () => {
    const job = {
      employerId: 'e1',
      competitiveAnswers: null,
      title: 'Jakaja',
      jobType: 'postal delivery',
      startDate: '2025-05-01',
      endDate: null,
      hoursPerWeek: 20,
      competitive: true,
      paySubsidy: true,
    };
    expect(draftProblems(JobDraftSchema, job)).toEqual({});
    expect(draftProblems(JobDraftSchema, { ...job, endDate: '2025-04-30', hoursPerWeek: 0, employerId: '' })).toEqual({
      endDate: { reason: 'days-reversed' },
      hoursPerWeek: { reason: 'too-small', min: 0 },
      employerId: { reason: 'too-short', min: 1 },
    });
    expect(draftProblems(JobDraftSchema, { ...job, hoursPerWeek: 80.5 })).toEqual({ hoursPerWeek: { reason: 'too-large', max: 80 } });
  });
});
