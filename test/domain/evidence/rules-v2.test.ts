import { describe, expect, it } from 'vitest';
import { computeEvidence, countsOn, EVIDENCE_RULES_VERSION, isInServiceOn, workingDays } from '../../../src/domain';
import type { EvidenceInput } from '../../../src/domain';
import { addDays } from '../../../src/domain/dates';
import { randomInputV2 } from '../../fixtures/random-evidence';

/*
 * evidence-rules.md version 2: specialists' time in the service and absences, the contact log's
 * review, and services-10 over current jobs with fewer than 10 giving 1. Boundaries first, then
 * the whole of computeEvidence against a day-by-day reading of the rules on random data.
 */

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const empty: EvidenceInput = { specialists: [], clients: [], employerContacts: [], jobs: [] };
type Contact = EvidenceInput['employerContacts'][number];
type Job = EvidenceInput['jobs'][number];

const faceToFace = (specialistId: string, dates: string[]): Contact[] =>
  dates.map((date, i) => ({ id: `${specialistId}-k${i}`, specialistId, employerId: 'e1', date, faceToFace: true, clientIds: [] }));
/** `count` contacts on consecutive days from `from`. */
const contactsFrom = (specialistId: string, from: string, count: number) =>
  faceToFace(
    specialistId,
    Array.from({ length: count }, (_, i) => addDays(from, i % 300)),
  );
const job = (id: string, overrides: Partial<Job> = {}): Job => ({
  id,
  clientId: 'c1',
  employerId: `e-${id}`,
  jobType: 'Kokki',
  startDate: '2025-03-01',
  endDate: null,
  competitive: true,
  ...overrides,
});

describe('rules version', () => {
  it('is 2', () => expect(EVIDENCE_RULES_VERSION).toBe(2));
});

describe('in the service on day d (§2)', () => {
  it('includes both service dates and treats missing ones as always', () => {
    const s = { inServiceFrom: '2025-03-01', inServiceTo: '2025-06-30' };
    expect(isInServiceOn(s, '2025-02-28')).toBe(false);
    expect(isInServiceOn(s, '2025-03-01')).toBe(true);
    expect(isInServiceOn(s, '2025-06-30')).toBe(true);
    expect(isInServiceOn(s, '2025-07-01')).toBe(false);
    expect(isInServiceOn({}, '1990-01-01')).toBe(true);
    expect(isInServiceOn({ inServiceFrom: null, inServiceTo: null }, '2030-01-01')).toBe(true);
  });
  it('counts a specialist only with FTE above 0 and in the service', () => {
    expect(countsOn({ fte: 0, inServiceFrom: null }, '2025-01-01')).toBe(false);
    expect(countsOn({ fte: 0.2, inServiceTo: '2024-12-31' }, '2025-01-01')).toBe(false);
    expect(countsOn({ fte: 0.2, inServiceTo: '2025-01-01' }, '2025-01-01')).toBe(true);
  });
});

describe('working days (§2)', () => {
  it('are the period days in the service minus absences, overlapping absences counted once', () => {
    expect(workingDays({ fte: 1 }, YEAR)).toBe(365);
    expect(workingDays({ fte: 1, inServiceFrom: '2025-03-01' }, YEAR)).toBe(306);
    expect(workingDays({ fte: 1, inServiceFrom: '2025-03-01', inServiceTo: '2025-03-01' }, YEAR)).toBe(1);
    expect(workingDays({ fte: 1, inServiceTo: '2024-12-31' }, YEAR)).toBe(0);
    // 1–10 July and 5–14 July overlap: 14 days; an absence reaching outside the period counts only inside it.
    const absences = [
      { from: '2025-07-01', to: '2025-07-10' },
      { from: '2025-07-05', to: '2025-07-14' },
      { from: '2024-12-20', to: '2025-01-02' },
    ];
    expect(workingDays({ fte: 1, absences }, YEAR)).toBe(365 - 14 - 2);
    // A one-day absence, and one touching the next (counted once each day).
    expect(
      workingDays(
        {
          fte: 1,
          absences: [
            { from: '2025-05-05', to: '2025-05-05' },
            { from: '2025-05-06', to: '2025-05-07' },
          ],
        },
        YEAR,
      ),
    ).toBe(362);
    // Absence outside the days in the service takes nothing off.
    expect(workingDays({ fte: 1, inServiceFrom: '2025-06-01', absences: [{ from: '2025-01-01', to: '2025-05-31' }] }, YEAR)).toBe(214);
  });
});

describe('staffing-1 with service dates (§3)', () => {
  const clients = (n: number, specialistId: string) =>
    Array.from({ length: n }, (_, i) => ({ id: `${specialistId}${i}`, specialistId, startDate: '2024-01-01' }));
  it('leaves out a specialist who left before the last day, with their clients', () => {
    const input = {
      ...empty,
      specialists: [
        { id: 'a', fte: 1 },
        { id: 'b', fte: 1, inServiceTo: '2025-12-30' },
      ],
      clients: [...clients(22, 'a'), ...clients(10, 'b')],
    };
    expect(computeEvidence(input, YEAR)['staffing-1']).toEqual({ value: 22, basis: 22, suggestedScore: 4 });
    const leftOnLastDay = {
      ...input,
      specialists: [
        { id: 'a', fte: 1 },
        { id: 'b', fte: 1, inServiceTo: '2025-12-31' },
      ],
    };
    expect(computeEvidence(leftOnLastDay, YEAR)['staffing-1']).toEqual({ value: 16, basis: 32, suggestedScore: 5 });
  });
  it('ignores absences and is absent when nobody is in the service on the last day', () => {
    const input = {
      ...empty,
      specialists: [{ id: 'a', fte: 1, absences: [{ from: '2025-12-01', to: '2025-12-31' }] }],
      clients: clients(5, 'a'),
    };
    expect(computeEvidence(input, YEAR)['staffing-1']?.value).toBe(5);
    const starts = { ...input, specialists: [{ id: 'a', fte: 1, inServiceFrom: '2026-01-01' }] };
    expect(computeEvidence(starts, YEAR)['staffing-1']).toBeUndefined();
  });
});

describe('services-6 over working days (§3)', () => {
  it('divides by the working weeks: five weeks of leave do not cost the rate', () => {
    // 330 working days = 47 1/7 weeks; 283 contacts → 6.0 a week.
    const specialist = { id: 'a', fte: 1, absences: [{ from: '2025-07-01', to: '2025-08-04' }] };
    const input = { ...empty, specialists: [specialist], employerContacts: contactsFrom('a', '2025-01-02', 283) };
    const result = computeEvidence(input, YEAR)['services-6']!;
    expect(result.value).toBeCloseTo(283 / (330 / 7), 12);
    expect(result.suggestedScore).toBe(5);
    expect(computeEvidence({ ...input, employerContacts: contactsFrom('a', '2025-01-02', 282) }, YEAR)['services-6']!.suggestedScore).toBe(
      4,
    );
  });
  it('counts a coach who started in March only from March', () => {
    const input = {
      ...empty,
      specialists: [{ id: 'a', fte: 1, inServiceFrom: '2025-10-02' }],
      employerContacts: contactsFrom('a', '2025-10-02', 78),
    };
    // 91 days = 13 weeks; 78 contacts = 6 a week.
    expect(computeEvidence(input, YEAR)['services-6']).toEqual({ value: 6, basis: 1, suggestedScore: 5 });
  });
  it('includes a specialist with exactly 7 working days and not one with 6; not one with FTE 0', () => {
    const seven = { id: 'a', fte: 1, inServiceFrom: '2025-12-25' };
    const six = { id: 'b', fte: 1, inServiceFrom: '2025-12-26' };
    const none = { id: 'c', fte: 0 };
    const input = {
      ...empty,
      specialists: [seven, six, none],
      employerContacts: [...contactsFrom('a', '2025-12-25', 4), ...contactsFrom('b', '2025-12-26', 9)],
    };
    expect(computeEvidence(input, YEAR)['services-6']).toEqual({ value: 4, basis: 1, suggestedScore: 3 });
    expect(computeEvidence({ ...input, specialists: [six, none] }, YEAR)['services-6']).toBeUndefined();
  });
  it('counts contacts dated in the period even on an absence day', () => {
    const input = {
      ...empty,
      specialists: [{ id: 'a', fte: 1, absences: [{ from: '2025-01-08', to: '2025-12-31' }] }],
      employerContacts: faceToFace('a', ['2025-01-02', '2025-06-01']),
    };
    expect(computeEvidence(input, YEAR)['services-6']).toEqual({ value: 2, basis: 1, suggestedScore: 2 });
  });
  it('caps each score by the log review: monthly at 4, none at 2, weekly and not recorded not at all', () => {
    const week = { from: '2025-03-03', to: '2025-03-09' };
    const input = {
      ...empty,
      specialists: [
        { id: 'a', fte: 1 },
        { id: 'b', fte: 1 },
      ],
      employerContacts: [...contactsFrom('a', '2025-03-03', 6), ...contactsFrom('b', '2025-03-03', 3)],
    };
    // Scores 5 and 2: mean 3.5 → 4.
    expect(computeEvidence(input, week)['services-6']).toEqual({ value: 4.5, basis: 2, suggestedScore: 4 });
    expect(computeEvidence({ ...input, contactLogReview: 'weekly' }, week)['services-6']?.suggestedScore).toBe(4);
    expect(computeEvidence({ ...input, contactLogReview: null }, week)['services-6']?.suggestedScore).toBe(4);
    // Monthly: 4 and 2 → 3. None: 2 and 2 → 2. The figure stays the uncapped rate.
    expect(computeEvidence({ ...input, contactLogReview: 'monthly' }, week)['services-6']).toEqual({
      value: 4.5,
      basis: 2,
      suggestedScore: 3,
    });
    expect(computeEvidence({ ...input, contactLogReview: 'none' }, week)['services-6']).toEqual({
      value: 4.5,
      basis: 2,
      suggestedScore: 2,
    });
    // A single coach at 6 a week with monthly review gets 4, never 5.
    expect(
      computeEvidence({ ...input, specialists: [{ id: 'a', fte: 1 }], contactLogReview: 'monthly' }, week)['services-6']?.suggestedScore,
    ).toBe(4);
  });
  it('does not raise a score of 1 under the cap', () => {
    const input = { ...empty, specialists: [{ id: 'a', fte: 1 }], contactLogReview: 'none' as const };
    expect(computeEvidence(input, YEAR)['services-6']).toEqual({ value: 0, basis: 1, suggestedScore: 1 });
  });
});

describe('services-10 over current jobs (§3)', () => {
  const jobs = (n: number, competitive: number) => Array.from({ length: n }, (_, i) => job(`j${i}`, { competitive: i < competitive }));
  it('gives 1 for 6 of 6 competitive jobs (fewer than 10 current), and bands from 10 on', () => {
    expect(computeEvidence({ ...empty, jobs: jobs(6, 6) }, YEAR)['services-10']).toEqual({ value: 100, basis: 6, suggestedScore: 1 });
    expect(computeEvidence({ ...empty, jobs: jobs(9, 9) }, YEAR)['services-10']?.suggestedScore).toBe(1);
    expect(computeEvidence({ ...empty, jobs: jobs(10, 10) }, YEAR)['services-10']).toEqual({ value: 100, basis: 10, suggestedScore: 5 });
    expect(computeEvidence({ ...empty, jobs: jobs(20, 19) }, YEAR)['services-10']).toEqual({ value: 95, basis: 20, suggestedScore: 5 });
    expect(computeEvidence({ ...empty, jobs: jobs(10, 9) }, YEAR)['services-10']).toEqual({ value: 90, basis: 10, suggestedScore: 4 });
    expect(computeEvidence({ ...empty, jobs: jobs(25, 16) }, YEAR)['services-10']).toEqual({ value: 64, basis: 25, suggestedScore: 2 });
  });
  it('counts jobs held on the last day only: ended the day before or starting after are not current', () => {
    const held = [job('a', { endDate: '2025-12-31' }), job('b', { startDate: '2025-12-31' })];
    const notHeld = [job('c', { endDate: '2025-12-30' }), job('d', { startDate: '2026-01-01' })];
    expect(computeEvidence({ ...empty, jobs: [...held, ...notHeld] }, YEAR)['services-10']?.basis).toBe(2);
    expect(computeEvidence({ ...empty, jobs: notHeld }, YEAR)['services-10']).toBeUndefined();
  });
});

/* A straightforward reading of evidence-rules.md §2–§3, day by day, to check computeEvidence against. */
type Specialist = EvidenceInput['specialists'][number];
const inService = (s: Specialist, d: string) =>
  (s.inServiceFrom == null || s.inServiceFrom <= d) && (s.inServiceTo == null || s.inServiceTo >= d);
const counts = (s: Specialist, d: string) => s.fte > 0 && inService(s, d);
function days(period: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let d = period.from; d <= period.to; d = addDays(d, 1)) out.push(d);
  return out;
}
function referenceWorkingDays(s: Specialist, period: { from: string; to: string }): number {
  return days(period).filter((d) => inService(s, d) && !(s.absences ?? []).some((a) => a.from <= d && d <= a.to)).length;
}
function band(value: number, limits: number[], higherIsBetter: boolean): number {
  for (let i = 0; i < limits.length; i += 1) if (higherIsBetter ? value >= limits[i]! : value <= limits[i]!) return 5 - i;
  return 1;
}
function reference(input: EvidenceInput, period: { from: string; to: string }) {
  const out: Record<string, { value: number; basis: number; suggestedScore: number }> = {};
  const counted = input.specialists.filter((s) => counts(s, period.to));
  const fte = counted.reduce((sum, s) => sum + s.fte, 0);
  if (fte !== 0) {
    const ids = new Set(counted.map((s) => s.id));
    const active = input.clients.filter(
      (c) =>
        c.specialistId !== null &&
        ids.has(c.specialistId) &&
        c.startDate <= period.to &&
        (c.closedDate == null || c.closedDate > period.to),
    );
    out['staffing-1'] = {
      value: active.length / fte,
      basis: active.length,
      suggestedScore: band(active.length / fte, [20, 25, 30, 40], false),
    };
  }
  const included = input.specialists.filter((s) => s.fte > 0 && referenceWorkingDays(s, period) >= 7);
  if (included.length > 0) {
    const cap = input.contactLogReview === 'monthly' ? 4 : input.contactLogReview === 'none' ? 2 : 5;
    const rates = included.map((s) => {
      const n = input.employerContacts.filter(
        (c) => c.specialistId === s.id && c.faceToFace && c.date >= period.from && c.date <= period.to,
      ).length;
      return n / (referenceWorkingDays(s, period) / 7);
    });
    const scores = rates.map((r) => Math.min(cap, band(r, [6, 5, 4, 2], true)));
    const meanScore = scores.reduce((a, b) => a + b, 0) / scores.length;
    out['services-6'] = {
      value: rates.reduce((a, b) => a + b, 0) / rates.length,
      basis: included.length,
      suggestedScore: Math.floor(meanScore + 0.5),
    };
  }
  const current = input.jobs.filter((j) => j.startDate <= period.to && (j.endDate == null || j.endDate >= period.to));
  if (current.length > 0) {
    const percent = (100 * current.filter((j) => j.competitive).length) / current.length;
    out['services-10'] = {
      value: percent,
      basis: current.length,
      suggestedScore: current.length < 10 ? 1 : band(percent, [95, 85, 75, 64], true),
    };
  }
  return out;
}

describe('computeEvidence against a day-by-day reading of the rules', () => {
  it('agrees on staffing-1, services-6 and services-10 for 300 random services', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const { input, period } = randomInputV2(seed);
      const expected = reference(input, period);
      const actual = computeEvidence(input, period);
      for (const itemId of ['staffing-1', 'services-6', 'services-10'] as const) {
        const got = actual[itemId];
        const want = expected[itemId];
        if (!want) {
          expect(got, `seed ${seed} ${itemId}`).toBeUndefined();
          continue;
        }
        expect(got, `seed ${seed} ${itemId}`).toBeDefined();
        expect(got!.basis, `seed ${seed} ${itemId}`).toBe(want.basis);
        expect(got!.suggestedScore, `seed ${seed} ${itemId}`).toBe(want.suggestedScore);
        expect(got!.value, `seed ${seed} ${itemId}`).toBeCloseTo(want.value, 9);
      }
    }
  });

  it('covers every case the rules distinguish in those random services', () => {
    // So the comparison above cannot pass on data that never reaches a condition.
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed += 1) {
      const { input, period } = randomInputV2(seed);
      const e = computeEvidence(input, period);
      if (input.specialists.some((s) => s.fte > 0 && referenceWorkingDays(s, period) < 7)) seen.add('specialist left out');
      if (input.specialists.some((s) => (s.absences ?? []).length > 1)) seen.add('absences');
      if (e['services-6']) seen.add(`log ${String(input.contactLogReview)}`);
      if (e['services-10'] && e['services-10'].basis < 10) seen.add('few jobs');
      if (e['services-10'] && e['services-10'].basis >= 10) seen.add('ten jobs or more');
    }
    expect([...seen].sort()).toEqual(
      [
        'absences',
        'few jobs',
        'log monthly',
        'log none',
        'log null',
        'log undefined',
        'log weekly',
        'specialist left out',
        'ten jobs or more',
      ].sort(),
    );
  });
});
