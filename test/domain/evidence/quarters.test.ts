import { describe, expect, it } from 'vitest';
import { lastQuarters, quarterlyOutcomes } from '../../../src/domain/evidence/quarters';

describe('quarters', () => {
  it('lists the last eight calendar quarters, oldest first, ending with the current one', () => {
    const quarters = lastQuarters('2026-11-22', 8);
    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toEqual({ year: 2025, quarter: 1, from: '2025-01-01', to: '2025-03-31' });
    expect(quarters[7]).toEqual({ year: 2026, quarter: 4, from: '2026-10-01', to: '2026-12-31' });
    expect(lastQuarters('2026-01-01', 1)[0]).toEqual({ year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(lastQuarters('2024-06-30', 2).map((q) => q.to)).toEqual(['2024-03-31', '2024-06-30']);
  });

  it('counts served, working and job starts per quarter', () => {
    const input = {
      specialists: [],
      employerContacts: [],
      clients: [
        { id: 'a', specialistId: null, startDate: '2026-01-10' },
        { id: 'b', specialistId: null, startDate: '2026-05-01', closedDate: '2026-07-01' },
      ],
      jobs: [{ id: 'j', clientId: 'a', employerId: 'e', jobType: 't', startDate: '2026-05-15', endDate: null, competitive: true }],
    };
    const [q1, q2, q3] = quarterlyOutcomes(input, lastQuarters('2026-09-01', 3));
    expect(q1).toMatchObject({ served: 1, working: 0, rate: 0, all: 0, first: 0 });
    expect(q2).toMatchObject({ served: 2, working: 1, rate: 0.5, all: 1, first: 1 });
    // b was closed on the first day of Q3: not served in it.
    expect(q3).toMatchObject({ served: 1, working: 1, rate: 1, all: 0 });
  });
});
