import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import type { RatingsByItem } from '../../../src/domain/fidelity/scoring';
import { BAND_LINES, itemChartSeries, trendSeries, type Round } from '../../../src/domain/comparison/chart-series';
import { itemChanges } from '../../../src/domain/comparison/item-changes';

/** Ratings summing to `total` (25..125) over all 25 items. */
function ratingsFor(total: number): RatingsByItem {
  const base = Math.floor(total / 25);
  const extra = total - base * 25;
  return Object.fromEntries(ITEM_IDS.map((id, i) => [id, base + (i < extra ? 1 : 0)]));
}

function round(id: string, firstDay: string, total: number, status: 'final' | 'in-progress' = 'final'): Round {
  return { review: { id, firstDay, lastDay: firstDay, status, createdAt: `${firstDay}T08:00:00.000Z` }, ratings: ratingsFor(total) };
}

describe('BAND_LINES', () => {
  it('are the 74, 100 and 115 lines', () => {
    expect(BAND_LINES).toEqual([
      { value: 74, band: 'fair' },
      { value: 100, band: 'good' },
      { value: 115, band: 'exemplary' },
    ]);
  });
});

describe('itemChartSeries', () => {
  it('gives both scores per item in the scale order, null where not rated', () => {
    const series = itemChartSeries(itemChanges({ 'staffing-1': 3 }, { 'staffing-1': 4, 'services-14': 2 }));
    expect(series).toHaveLength(25);
    expect(series[0]).toEqual({ itemId: 'staffing-1', section: 'staffing', number: 1, before: 3, after: 4 });
    expect(series[24]).toEqual({ itemId: 'services-14', section: 'services', number: 14, before: null, after: 2 });
  });
});

describe('trendSeries', () => {
  it('gives the totals of final reviews oldest first with the change between rounds', () => {
    const points = trendSeries([
      round('b', '2022-10-11', 91),
      round('c', '2023-04-20', 60, 'in-progress'),
      round('a', '2021-10-12', 83),
      round('d', '2023-10-01', 101),
    ]);
    expect(points.map((p) => [p.reviewId, p.total, p.band, p.delta])).toEqual([
      ['a', 83, 'fair', null],
      ['b', 91, 'fair', 8],
      ['d', 101, 'good', 10],
    ]);
  });

  it('is empty without final reviews', () => {
    expect(trendSeries([round('c', '2023-04-20', 60, 'in-progress')])).toEqual([]);
  });
});
