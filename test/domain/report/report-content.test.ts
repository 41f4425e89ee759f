import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type ItemId } from '../../../src/domain/fidelity/items';
import type { RatingsByItem } from '../../../src/domain/fidelity/scoring';
import type { Priority } from '../../../src/domain/records/review';
import { changeSince, groupByPriority } from '../../../src/domain/report/report-content';

function rec(itemId: ItemId, priority: Priority, text: string, createdAt = '2022-10-12T10:00:00.000Z') {
  return { itemId, priority, text, createdAt };
}

function allItems(score: number): RatingsByItem {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, score]));
}

describe('groupByPriority', () => {
  it('groups high, medium, low; inside a group by item order, then oldest first', () => {
    const groups = groupByPriority([
      rec('services-3', 'low', 'L'),
      rec('services-1', 'high', 'H2'),
      rec('staffing-2', 'high', 'H1 later', '2022-10-13T10:00:00.000Z'),
      rec('staffing-2', 'high', 'H1 first'),
      rec('organization-1', 'medium', 'M'),
    ]);
    expect(groups.map((g) => [g.priority, g.recommendations.map((r) => r.text)])).toEqual([
      ['high', ['H1 first', 'H1 later', 'H2']],
      ['medium', ['M']],
      ['low', ['L']],
    ]);
  });

  it('leaves out unwritten recommendations and empty groups', () => {
    expect(groupByPriority([rec('staffing-1', 'high', '  '), rec('staffing-1', 'low', 'Kirjaa')]).map((g) => g.priority)).toEqual(['low']);
    expect(groupByPriority([])).toEqual([]);
  });
});

describe('changeSince', () => {
  it('gives the change of the total and only the items that changed', () => {
    const before = { ...allItems(3), 'staffing-1': 2, 'services-14': 5 };
    const after = { ...allItems(3), 'staffing-1': 4, 'services-14': 4 };
    const change = changeSince(before, after);
    expect(change.totals.before.total).toBe(76);
    expect(change.totals.after.total).toBe(77);
    expect(change.totals.delta).toBe(1);
    expect(change.changedItems.map((c) => [c.itemId, c.delta])).toEqual([
      ['staffing-1', 2],
      ['services-14', -1],
    ]);
  });

  it('lists an item rated in only one round as changed, without a number, and nothing when equal', () => {
    const change = changeSince({ 'staffing-1': 3 }, { 'staffing-1': 3, 'staffing-2': 4 });
    expect(change.changedItems.map((c) => [c.itemId, c.before, c.after, c.delta])).toEqual([['staffing-2', null, 4, null]]);
    expect(changeSince(allItems(4), allItems(4)).changedItems).toEqual([]);
  });
});
