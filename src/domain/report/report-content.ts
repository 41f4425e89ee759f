import { compareTotals, itemChanges, type ItemChange, type TotalsComparison } from '../comparison/item-changes';
import { ITEM_IDS, type ItemId } from '../fidelity/items';
import type { RatingsByItem } from '../fidelity/scoring';
import { PRIORITIES, type Priority, type Recommendation } from '../records/review';
import { compareOrdinal } from '../collation';

type GroupedRecommendation = Pick<Recommendation, 'itemId' | 'priority' | 'text' | 'createdAt'>;

export interface PriorityGroup<T extends GroupedRecommendation> {
  priority: Priority;
  recommendations: T[];
}

const itemOrder = new Map<ItemId, number>(ITEM_IDS.map((id, index) => [id, index]));

/**
 * ips-fidelity.md §3 "Report contents" and issue 7 "recommendations grouped by priority": high,
 * then medium, then low; inside a group in the scale's item order, then oldest first. A
 * recommendation with no text yet (added but never written) says nothing, so it is left out, and
 * so is a priority with nothing in it.
 */
export function groupByPriority<T extends GroupedRecommendation>(recommendations: readonly T[]): PriorityGroup<T>[] {
  const written = recommendations.filter((r) => r.text.trim() !== '');
  return PRIORITIES.map((priority) => ({
    priority,
    recommendations: written
      .filter((r) => r.priority === priority)
      .sort((a, b) => (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0) || compareOrdinal(a.createdAt, b.createdAt)),
  })).filter((group) => group.recommendations.length > 0);
}

export interface ChangeSince {
  /** Totals of both rounds and after − before (83 → 91 is +8). */
  totals: TotalsComparison;
  /**
   * The items whose score differs, in the scale's order: a changed score, or an item rated in
   * only one of the two rounds (its delta is null). Unchanged items are left out of the report.
   */
  changedItems: ItemChange[];
}

/**
 * Issue 7, "if the service has an earlier final review, the change since it": the change of the
 * total and of every item that changed. Scores follow evidence-rules.md §1 (1..5, else unrated).
 */
export function changeSince(before: RatingsByItem, after: RatingsByItem): ChangeSince {
  const changedItems = itemChanges(before, after).filter(
    (change) => (change.delta !== null && change.delta !== 0) || (change.delta === null && change.before !== change.after),
  );
  return { totals: compareTotals(before, after), changedItems };
}
