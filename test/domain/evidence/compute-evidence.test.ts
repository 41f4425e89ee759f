import { describe, expect, it } from 'vitest';
import { computeEvidence, employmentRate, jobStarts } from '../../../src/domain';
import type { EvidenceInput } from '../../../src/domain';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const empty: EvidenceInput = { specialists: [], clients: [], employerContacts: [], jobs: [] };

function clients(count: number, specialistId: string, startDate = '2024-06-01', closedDate: string | null = null) {
  return Array.from({ length: count }, (_, i) => ({ id: `${specialistId}-c${i}`, specialistId, startDate, closedDate }));
}
function job(id: string, overrides: Partial<EvidenceInput['jobs'][number]> = {}): EvidenceInput['jobs'][number] {
  return {
    id,
    clientId: 'c1',
    employerId: `e-${id}`,
    jobType: `type-${id}`,
    startDate: '2025-03-01',
    endDate: null,
    competitive: true,
    ...overrides,
  };
}
function contact(
  id: string,
  overrides: Partial<EvidenceInput['employerContacts'][number]> = {},
): EvidenceInput['employerContacts'][number] {
  return { id, specialistId: 's1', employerId: 'e1', date: '2025-03-01', faceToFace: true, clientIds: [], ...overrides };
}

describe('computeEvidence: staffing-1 caseload size', () => {
  it('divides active clients of counted specialists on the last day by their FTE', () => {
    const input = {
      ...empty,
      specialists: [
        { id: 's1', fte: 1 },
        { id: 's2', fte: 0.5 },
        { id: 's0', fte: 0 },
      ],
      clients: [...clients(20, 's1'), ...clients(10, 's2'), ...clients(5, 's0')],
    };
    expect(computeEvidence(input, YEAR)['staffing-1']).toEqual({ value: 20, basis: 30, suggestedScore: 5 });
  });

  it('does not count a client closed on the last day of the period', () => {
    const input = {
      ...empty,
      specialists: [{ id: 's1', fte: 1 }],
      clients: [...clients(20, 's1'), { id: 'x', specialistId: 's1', startDate: '2025-01-01', closedDate: '2025-12-31' }],
    };
    expect(computeEvidence(input, YEAR)['staffing-1']?.value).toBe(20);
    const stillOpen = {
      ...input,
      clients: [...clients(20, 's1'), { id: 'x', specialistId: 's1', startDate: '2025-01-01', closedDate: '2026-01-01' }],
    };
    expect(computeEvidence(stillOpen, YEAR)['staffing-1']).toEqual({ value: 21, basis: 21, suggestedScore: 4 });
  });

  it('is absent when no specialist has any FTE', () => {
    const input = { ...empty, specialists: [{ id: 's1', fte: 0 }], clients: clients(3, 's1') };
    expect(computeEvidence(input, YEAR)['staffing-1']).toBeUndefined();
  });
});

describe('computeEvidence: services-4 rapid job search', () => {
  const base = { ...empty, specialists: [{ id: 's1', fte: 1 }] };

  it('averages days from start to the first face-to-face contact or job start, whichever is first', () => {
    const input = {
      ...base,
      clients: [
        { id: 'a', specialistId: 's1', startDate: '2025-02-01' },
        { id: 'b', specialistId: 's1', startDate: '2025-03-01' },
      ],
      employerContacts: [
        contact('k1', { date: '2025-02-21', clientIds: ['a'] }),
        contact('k2', { date: '2025-01-15', clientIds: ['a'] }),
        contact('k3', { date: '2025-03-05', clientIds: ['b'], faceToFace: false }),
      ],
      jobs: [job('j1', { clientId: 'b', startDate: '2025-04-10' })],
    };
    // a: 20 days (the contact before the start does not count); b: 40 days to the job (the phone call does not count).
    expect(computeEvidence(input, YEAR)['services-4']).toEqual({ value: 30, basis: 2, suggestedScore: 5 });
  });

  it('counts a client with no contact yet only after 30 days without one', () => {
    const under = { ...base, clients: [{ id: 'a', specialistId: 's1', startDate: '2025-12-01' }] };
    expect(computeEvidence(under, YEAR)['services-4']).toBeUndefined();
    const over = { ...base, clients: [{ id: 'a', specialistId: 's1', startDate: '2025-11-30' }] };
    expect(computeEvidence(over, YEAR)['services-4']).toEqual({ value: 31, basis: 1, suggestedScore: 4 });
    const exactly30 = { ...base, clients: [{ id: 'a', specialistId: 's1', startDate: '2025-12-01' }] };
    expect(computeEvidence(exactly30, { from: '2025-01-01', to: '2025-12-31' })['services-4']).toBeUndefined();
  });

  it('leaves out clients who started outside the period and contacts after its end', () => {
    const input = {
      ...base,
      clients: [
        { id: 'old', specialistId: 's1', startDate: '2024-12-31' },
        { id: 'new', specialistId: 's1', startDate: '2025-10-01' },
      ],
      employerContacts: [contact('k', { date: '2026-01-05', clientIds: ['new'] })],
    };
    expect(computeEvidence(input, YEAR)['services-4']).toEqual({ value: 91, basis: 1, suggestedScore: 3 });
  });
});

describe('computeEvidence: services-6 employer contacts per week', () => {
  it("averages each counted specialist's weekly face-to-face rate and rounds the mean score half up", () => {
    const period = { from: '2025-03-03', to: '2025-03-16' }; // 14 days, two weeks
    const input = {
      ...empty,
      specialists: [
        { id: 's1', fte: 1 },
        { id: 's2', fte: 0.5 },
        { id: 's3', fte: 0 },
      ],
      employerContacts: [
        ...Array.from({ length: 12 }, (_, i) => contact(`a${i}`, { specialistId: 's1', date: '2025-03-05' })),
        ...Array.from({ length: 8 }, (_, i) => contact(`b${i}`, { specialistId: 's2', date: '2025-03-16' })),
        contact('phone', { specialistId: 's2', date: '2025-03-10', faceToFace: false }),
        contact('outside', { specialistId: 's2', date: '2025-03-17' }),
        contact('uncounted', { specialistId: 's3', date: '2025-03-10' }),
      ],
    };
    // s1: 6 a week → 5; s2: 4 a week → 3; mean score 4; mean rate 5.
    expect(computeEvidence(input, period)['services-6']).toEqual({ value: 5, basis: 2, suggestedScore: 4 });
  });

  it('needs at least 7 working days: a 6-day period includes nobody, a 7-day one counts one week', () => {
    const input = { ...empty, specialists: [{ id: 's1', fte: 1 }], employerContacts: [contact('a', { date: '2025-03-05' })] };
    expect(computeEvidence(input, { from: '2025-03-05', to: '2025-03-10' })['services-6']).toBeUndefined();
    expect(computeEvidence(input, { from: '2025-03-05', to: '2025-03-11' })['services-6']).toEqual({
      value: 1,
      basis: 1,
      suggestedScore: 1,
    });
  });

  it('is absent without counted specialists', () => {
    expect(computeEvidence({ ...empty, specialists: [{ id: 's', fte: 0 }] }, YEAR)['services-6']).toBeUndefined();
  });
});

describe('computeEvidence: services-8, -9 and -10 jobs', () => {
  it('compares job types trimmed and case-insensitive, and employers by id, over jobs started in the period', () => {
    const input = {
      ...empty,
      jobs: [
        job('1', { jobType: 'Siivooja', employerId: 'e1' }),
        job('2', { jobType: ' siivooja ', employerId: 'e1' }),
        job('3', { jobType: 'Kokki', employerId: 'e2' }),
        job('4', { jobType: 'Myyjä', employerId: 'e3' }),
        job('old', { startDate: '2024-12-31', jobType: 'Muu' }),
      ],
    };
    const evidence = computeEvidence(input, YEAR);
    expect(evidence['services-8']).toEqual({ value: 75, basis: 4, suggestedScore: 4 });
    expect(evidence['services-9']).toEqual({ value: 75, basis: 4, suggestedScore: 4 });
  });

  it('counts for services-10 only the jobs current on the last day (a job ending that day is current)', () => {
    const input = {
      ...empty,
      jobs: [
        job('a', { startDate: '2024-05-01', endDate: '2025-01-01', competitive: false }),
        job('b', { startDate: '2024-05-01', endDate: '2025-12-31', competitive: false }),
        job('c'),
        job('d', { startDate: '2026-01-01' }),
      ],
    };
    expect(computeEvidence(input, YEAR)['services-10']).toEqual({ value: 50, basis: 2, suggestedScore: 1 });
  });

  it('has no job figures without jobs', () => {
    const evidence = computeEvidence(empty, YEAR);
    expect(evidence).toEqual({});
  });
});

describe('employmentRate and job starts (evidence-rules.md §5)', () => {
  it('counts clients served on any day of the period and those who held a competitive job', () => {
    const input = {
      ...empty,
      clients: [
        { id: 'c1', specialistId: null, startDate: '2024-01-01' },
        { id: 'c2', specialistId: null, startDate: '2025-06-01', closedDate: '2025-09-01' },
        { id: 'closed-on-first-day', specialistId: null, startDate: '2024-01-01', closedDate: '2025-01-01' },
        { id: 'later', specialistId: null, startDate: '2026-01-01' },
      ],
      jobs: [
        job('j1', { clientId: 'c1', startDate: '2024-05-01', endDate: '2025-01-01' }),
        job('j2', { clientId: 'c2', competitive: false }),
      ],
    };
    expect(employmentRate(input, YEAR)).toEqual({ served: 2, working: 1, rate: 0.5 });
    expect(employmentRate(empty, YEAR)).toEqual({ served: 0, working: 0, rate: null });
  });

  it("counts job starts in the period and each client's first-ever job once", () => {
    const jobs = [
      job('a', { clientId: 'c1', startDate: '2024-06-01' }),
      job('b', { clientId: 'c1', startDate: '2025-02-01' }),
      job('c', { clientId: 'c2', startDate: '2025-03-01' }),
      job('d', { clientId: 'c2', startDate: '2025-05-01' }),
    ];
    expect(jobStarts({ jobs }, YEAR)).toEqual({ all: 3, first: 1 });
  });
});
