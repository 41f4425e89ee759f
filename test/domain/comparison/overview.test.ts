import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import type { RatingsByItem } from '../../../src/domain/fidelity/scoring';
import type { Round } from '../../../src/domain/comparison/chart-series';
import { overviewRows } from '../../../src/domain/comparison/overview';

function ratingsFor(total: number): RatingsByItem {
  const base = Math.floor(total / 25);
  const extra = total - base * 25;
  return Object.fromEntries(ITEM_IDS.map((id, i) => [id, base + (i < extra ? 1 : 0)]));
}

function round(id: string, firstDay: string, lastDay: string, total: number, status: 'final' | 'in-progress' = 'final'): Round {
  return { review: { id, firstDay, lastDay, status, createdAt: `${firstDay}T08:00:00.000Z` }, ratings: ratingsFor(total) };
}

const kateva = {
  serviceId: 'k',
  name: 'Kätevä',
  rounds: [round('k1', '2021-10-12', '2021-10-13', 83), round('k2', '2022-10-11', '2022-10-12', 91)],
};

describe('overviewRows', () => {
  it('gives the latest final total, band, change and next review six months after the visit below 100', () => {
    const [row] = overviewRows([kateva], '2023-04-12');
    expect(row).toEqual({
      serviceId: 'k',
      name: 'Kätevä',
      latest: { reviewId: 'k2', firstDay: '2022-10-11', lastDay: '2022-10-12', total: 91, band: 'fair' },
      delta: 8,
      nextDue: '2023-04-12',
      daysUntilDue: 0,
      isOverdue: false,
      hasReviewInProgress: false,
    });
    expect(overviewRows([kateva], '2023-04-13')[0]).toMatchObject({ isOverdue: true, daysUntilDue: -1 });
  });

  it('schedules twelve months at 100 or more, clamping to the month end', () => {
    const good = { serviceId: 'g', name: 'Hyvä', rounds: [round('g1', '2024-08-30', '2024-08-31', 100)] };
    expect(overviewRows([good], '2025-01-01')[0]).toMatchObject({ nextDue: '2025-08-31', delta: null, isOverdue: false });
    const fair = { serviceId: 'f', name: 'Kohtalainen', rounds: [round('f1', '2025-08-30', '2025-08-31', 99)] };
    expect(overviewRows([fair], '2025-09-01')[0]).toMatchObject({ nextDue: '2026-02-28' });
  });

  it('ignores reviews in progress for the figures but reports them', () => {
    const withDraft = { ...kateva, rounds: [...kateva.rounds, round('k3', '2023-05-02', '2023-05-03', 40, 'in-progress')] };
    expect(overviewRows([withDraft], '2023-05-01')[0]).toMatchObject({ latest: { reviewId: 'k2', total: 91 }, hasReviewInProgress: true });
    const onlyDraft = { serviceId: 'n', name: 'Uusi', rounds: [round('n1', '2025-01-01', '2025-01-01', 50, 'in-progress')] };
    expect(overviewRows([onlyDraft], '2025-02-01')[0]).toMatchObject({
      latest: null,
      nextDue: null,
      daysUntilDue: null,
      isOverdue: false,
      hasReviewInProgress: true,
    });
  });

  it('puts overdue services first (most overdue first), then by due date, then never reviewed, ties by name', () => {
    const services = [
      { serviceId: 'none-b', name: 'Öljy', rounds: [] },
      { serviceId: 'none-a', name: 'Aalto', rounds: [] },
      { serviceId: 'later', name: 'Beta', rounds: [round('l', '2025-01-10', '2025-01-10', 110)] }, // due 2026-01-10
      { serviceId: 'soon', name: 'Gamma', rounds: [round('s', '2025-03-01', '2025-03-01', 80)] }, // due 2025-09-01
      { serviceId: 'overdue-little', name: 'Delta', rounds: [round('o1', '2024-12-01', '2024-12-01', 80)] }, // due 2025-06-01
      { serviceId: 'overdue-much', name: 'Eeta', rounds: [round('o2', '2024-01-15', '2024-01-15', 80)] }, // due 2024-07-15
      { serviceId: 'soon-twin', name: 'Alfa', rounds: [round('t', '2025-03-01', '2025-03-01', 80)] },
    ];
    expect(overviewRows(services, '2025-06-10').map((r) => r.serviceId)).toEqual([
      'overdue-much',
      'overdue-little',
      'soon-twin',
      'soon',
      'later',
      'none-a',
      'none-b',
    ]);
  });
});
