import { describe, expect, it } from 'vitest';
import { FIDELITY_ITEMS, fidelityBand, meanPerItem, nextUnratedItem, sectionSubtotals, totalScore } from '../../../src/domain';
import type { ItemId, RatingsByItem } from '../../../src/domain';

function allRated(score: number): RatingsByItem {
  return Object.fromEntries(FIDELITY_ITEMS.map((item) => [item.id, score]));
}

/** Ratings whose total is exactly `total`, for 25 ≤ total ≤ 125. */
function ratingsTotalling(total: number): RatingsByItem {
  const ratings: RatingsByItem = allRated(1);
  let remaining = total - 25;
  for (const item of FIDELITY_ITEMS) {
    const extra = Math.min(4, remaining);
    ratings[item.id] = 1 + extra;
    remaining -= extra;
  }
  return ratings;
}

describe('FIDELITY_ITEMS', () => {
  it('lists 25 items: 3 staffing, 8 organization, 14 services, numbered within their section', () => {
    expect(FIDELITY_ITEMS).toHaveLength(25);
    const ids = FIDELITY_ITEMS.map((item) => item.id);
    expect(ids.slice(0, 3)).toEqual(['staffing-1', 'staffing-2', 'staffing-3']);
    expect(ids[3]).toBe('organization-1');
    expect(ids[10]).toBe('organization-8');
    expect(ids[11]).toBe('services-1');
    expect(ids[24]).toBe('services-14');
    for (const item of FIDELITY_ITEMS) expect(item.id).toBe(`${item.section}-${item.number}`);
  });
});

describe('totalScore', () => {
  it('counts nothing for an empty rating', () => {
    expect(totalScore({})).toEqual({ total: 0, rated: 0, isComplete: false });
  });

  it('sums a partial rating and treats null and missing keys as not rated', () => {
    const ratings: RatingsByItem = { 'staffing-1': 5, 'staffing-2': null, 'services-14': 3 };
    expect(totalScore(ratings)).toEqual({ total: 8, rated: 2, isComplete: false });
  });

  it('is complete only when all 25 are rated', () => {
    const ratings = allRated(4);
    expect(totalScore(ratings)).toEqual({ total: 100, rated: 25, isComplete: true });
    ratings['organization-5'] = null;
    expect(totalScore(ratings)).toEqual({ total: 96, rated: 24, isComplete: false });
  });

  it('ignores values that are not scores and keys that are not items', () => {
    const ratings = { 'staffing-1': 7, 'staffing-2': 2.5, 'staffing-3': 0, 'bogus-1': 5 } as unknown as RatingsByItem;
    expect(totalScore(ratings)).toEqual({ total: 0, rated: 0, isComplete: false });
  });

  it('spans 25 to 125', () => {
    expect(totalScore(allRated(1)).total).toBe(25);
    expect(totalScore(allRated(5)).total).toBe(125);
  });
});

describe('fidelityBand', () => {
  it.each([
    [25, 'not-ips'],
    [73, 'not-ips'],
    [74, 'fair'],
    [83, 'fair'],
    [91, 'fair'],
    [99, 'fair'],
    [100, 'good'],
    [114, 'good'],
    [115, 'exemplary'],
    [125, 'exemplary'],
  ] as const)('%i points is %s', (total, band) => {
    expect(fidelityBand(total)).toBe(band);
    expect(fidelityBand(totalScore(ratingsTotalling(total)).total)).toBe(band);
  });
});

describe('sectionSubtotals and meanPerItem', () => {
  it('splits the total by section with means over rated items', () => {
    const ratings: RatingsByItem = { 'staffing-1': 5, 'staffing-2': 4, 'organization-1': 2 };
    const [staffing, organization, services] = sectionSubtotals(ratings);
    expect(staffing).toEqual({ section: 'staffing', total: 9, rated: 2, itemCount: 3, mean: 4.5 });
    expect(organization).toEqual({ section: 'organization', total: 2, rated: 1, itemCount: 8, mean: 2 });
    expect(services).toEqual({ section: 'services', total: 0, rated: 0, itemCount: 14, mean: null });
    expect(meanPerItem(ratings)).toBeCloseTo(11 / 3);
    expect(meanPerItem({})).toBeNull();
  });
});

describe('nextUnratedItem', () => {
  it('finds the next unrated item after the current one, wrapping around', () => {
    const ratings = allRated(3);
    ratings['staffing-2'] = null;
    ratings['services-9'] = null;
    expect(nextUnratedItem(ratings)).toBe('staffing-2');
    expect(nextUnratedItem(ratings, 'staffing-2' as ItemId)).toBe('services-9');
    expect(nextUnratedItem(ratings, 'services-9' as ItemId)).toBe('staffing-2');
    expect(nextUnratedItem(allRated(2))).toBeNull();
  });
});
