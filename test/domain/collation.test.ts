import { describe, expect, it } from 'vitest';
import { compareFinnish, compareOrdinal } from '../../src/domain/collation';

describe('collation', () => {
  it('puts ISO dates and timestamps in time order, equal ones together', () => {
    const stamps = ['2024-01-10T08:00:00.000Z', '2023-12-31', '2024-01-09T23:59:59.999Z', '2024-01-10', '2023-12-31'];
    expect([...stamps].sort(compareOrdinal)).toEqual([
      '2023-12-31',
      '2023-12-31',
      '2024-01-09T23:59:59.999Z',
      '2024-01-10',
      '2024-01-10T08:00:00.000Z',
    ]);
    expect(compareOrdinal('2024-03-01', '2024-03-01')).toBe(0);
    expect(compareOrdinal('2024-03-02', '2024-03-01')).toBe(1);
  });

  it('sorts names in Finnish order: å, ä and ö after z, case ignored, numbers by value', () => {
    expect(['Ösö', 'äiti', 'Zeta', 'aalto', 'Åke'].sort(compareFinnish)).toEqual(['aalto', 'Zeta', 'Åke', 'äiti', 'Ösö']);
    expect(['K-10', 'K-2', 'k-1'].sort(compareFinnish)).toEqual(['k-1', 'K-2', 'K-10']);
  });
});
