import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type ItemId } from '../../../src/domain/fidelity/items';
import type { RatingsByItem } from '../../../src/domain/fidelity/scoring';
import { compareSections, compareTotals, countChanges, itemChanges, sortItemChanges } from '../../../src/domain/comparison/item-changes';

function all(score: number, overrides: RatingsByItem = {}): RatingsByItem {
  return { ...Object.fromEntries(ITEM_IDS.map((id) => [id, score])), ...overrides };
}

const byId = (changes: ReturnType<typeof itemChanges>, id: ItemId) => changes.find((c) => c.itemId === id);

describe('itemChanges', () => {
  it('gives every item in the scale order with both scores, the change and its direction', () => {
    const changes = itemChanges(all(3, { 'staffing-1': 2, 'services-14': 5 }), all(3, { 'staffing-1': 4, 'services-14': 4 }));
    expect(changes.map((c) => c.itemId)).toEqual(ITEM_IDS);
    expect(byId(changes, 'staffing-1')).toMatchObject({
      before: 2,
      after: 4,
      delta: 2,
      direction: 'improved',
      section: 'staffing',
      number: 1,
    });
    expect(byId(changes, 'services-14')).toMatchObject({ before: 5, after: 4, delta: -1, direction: 'declined', number: 14 });
    expect(byId(changes, 'organization-3')).toMatchObject({ before: 3, after: 3, delta: 0, direction: 'unchanged' });
  });

  it('does not compare an item rated in only one round, nor values outside 1..5', () => {
    const changes = itemChanges({ 'staffing-1': null, 'staffing-2': 6, 'staffing-3': 4 }, { 'staffing-1': 3, 'staffing-2': 3 });
    expect(byId(changes, 'staffing-1')).toMatchObject({ before: null, after: 3, delta: null, direction: 'not-comparable' });
    expect(byId(changes, 'staffing-2')).toMatchObject({ before: null, delta: null, direction: 'not-comparable' });
    expect(byId(changes, 'staffing-3')).toMatchObject({ before: 4, after: null, direction: 'not-comparable' });
  });
});

describe('sortItemChanges', () => {
  const changes = itemChanges(
    { 'staffing-1': 3, 'staffing-2': 3, 'staffing-3': 5, 'organization-1': 2, 'organization-2': 4 },
    { 'staffing-1': 4, 'staffing-2': 3, 'staffing-3': 3, 'organization-1': 4, 'organization-2': 5, 'services-1': 2 },
  );
  const rated = (list: ReturnType<typeof itemChanges>) => list.filter((c) => c.delta !== null).map((c) => c.itemId);

  it('puts the largest gain first, ties in scale order, uncomparable items last', () => {
    const sorted = sortItemChanges(changes, 'largest-gain');
    expect(rated(sorted)).toEqual(['organization-1', 'staffing-1', 'organization-2', 'staffing-2', 'staffing-3']);
    expect(sorted.slice(5).every((c) => c.delta === null)).toBe(true);
    expect(sorted[5]?.itemId).toBe('organization-3');
  });

  it('puts the largest drop first', () => {
    expect(rated(sortItemChanges(changes, 'largest-drop'))).toEqual([
      'staffing-3',
      'staffing-2',
      'staffing-1',
      'organization-2',
      'organization-1',
    ]);
  });

  it('restores the scale order and leaves its input untouched', () => {
    const copy = [...changes];
    expect(sortItemChanges(sortItemChanges(changes, 'largest-drop'), 'scale')).toEqual(changes);
    expect(changes).toEqual(copy);
  });
});

describe('countChanges', () => {
  it('counts each direction', () => {
    const changes = itemChanges(all(3, { 'staffing-1': 2, 'staffing-2': 4, 'staffing-3': null }), all(3, { 'staffing-1': 3 }));
    expect(countChanges(changes)).toEqual({ improved: 1, unchanged: 22, declined: 1, 'not-comparable': 1 });
  });
});

describe('compareTotals', () => {
  it('gives 83 → 91 as +8 with both bands', () => {
    // 83 = 8×4 + 17×3; 91 = 16×4 + 9×3.
    const before = Object.fromEntries(ITEM_IDS.map((id, i) => [id, i < 8 ? 4 : 3]));
    const after = Object.fromEntries(ITEM_IDS.map((id, i) => [id, i < 16 ? 4 : 3]));
    const result = compareTotals(before, after);
    expect(result.before).toMatchObject({ total: 83, isComplete: true, band: 'fair' });
    expect(result.after).toMatchObject({ total: 91, isComplete: true, band: 'fair' });
    expect(result.delta).toBe(8);
    expect(result.after.mean).toBeCloseTo(91 / 25);
  });

  it('crosses the band lines at 74, 100 and 115 and marks an incomplete round', () => {
    expect(compareTotals(all(3, { 'staffing-1': 1, 'staffing-2': 1 }), all(4)).before.band).toBe('not-ips'); // 71
    expect(compareTotals(all(3, { 'staffing-1': 2 }), all(4)).before).toMatchObject({ total: 74, band: 'fair' });
    expect(
      compareTotals(
        all(4),
        all(4, {
          'staffing-1': 5,
          'staffing-2': 5,
          'staffing-3': 5,
          'organization-1': 5,
          'organization-2': 5,
          'organization-3': 5,
          'organization-4': 5,
          'organization-5': 5,
          'organization-6': 5,
          'organization-7': 5,
          'organization-8': 5,
          'services-1': 5,
          'services-2': 5,
          'services-3': 5,
          'services-4': 5,
        }),
      ).after,
    ).toMatchObject({ total: 115, band: 'exemplary' });
    expect(compareTotals(all(4), {}).after).toMatchObject({ total: 0, rated: 0, isComplete: false, mean: null });
    expect(compareTotals(all(4), {}).delta).toBe(-100);
  });
});

describe('compareSections', () => {
  it('gives subtotals, means and their changes per section', () => {
    const result = compareSections(all(3), all(3, { 'staffing-1': 5, 'services-2': null }));
    expect(result.map((s) => s.section)).toEqual(['staffing', 'organization', 'services']);
    expect(result[0]).toMatchObject({ itemCount: 3, delta: 2, before: { total: 9 }, after: { total: 11 } });
    expect(result[0]?.meanDelta).toBeCloseTo(2 / 3);
    expect(result[1]).toMatchObject({ delta: 0, meanDelta: 0 });
    expect(result[2]).toMatchObject({ delta: -3, meanDelta: 0, after: { rated: 13 } });
  });

  it('has no mean change when a round has nothing rated in a section', () => {
    expect(compareSections({}, all(2))[0]).toMatchObject({ meanDelta: null, delta: 6 });
  });
});
