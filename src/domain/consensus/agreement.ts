import { FIDELITY_ITEMS, type ItemId } from '../fidelity/items';
import type { RatingsByItem } from '../fidelity/scoring';

export interface ItemComparison {
  itemId: ItemId;
  first: number | null;
  second: number | null;
  /** |first − second| when both rated the item, else null. */
  difference: number | null;
}

export interface AgreementFigures {
  /** Items both reviewers scored: the base of both percentages. */
  bothRated: number;
  exact: number;
  withinOne: number;
  /** 0–100, or null when no item was scored by both (a percentage of nothing means nothing). */
  exactPercent: number | null;
  withinOnePercent: number | null;
}

const scoreOf = (ratings: RatingsByItem, itemId: ItemId): number | null => {
  const score = ratings[itemId];
  return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
};

/** ips-fidelity.md §3 (independent rating, then consensus): the two reviewers' scores item by item, in the scale's order. */
export function compareReviewers(first: RatingsByItem, second: RatingsByItem): ItemComparison[] {
  return FIDELITY_ITEMS.map(({ id }) => {
    const a = scoreOf(first, id);
    const b = scoreOf(second, id);
    return { itemId: id, first: a, second: b, difference: a !== null && b !== null ? Math.abs(a - b) : null };
  });
}

/**
 * Issue 7, consensus screen: exact agreement % and within-one-point % over the items BOTH
 * reviewers scored. An item only one of them scored says nothing about agreement, so it is left
 * out of the base rather than counted as a disagreement.
 */
export function agreementFigures(comparisons: readonly ItemComparison[]): AgreementFigures {
  const rated = comparisons.filter((c) => c.difference !== null);
  const exact = rated.filter((c) => c.difference === 0).length;
  const withinOne = rated.filter((c) => (c.difference ?? Infinity) <= 1).length;
  const percent = (count: number) => (rated.length === 0 ? null : (count / rated.length) * 100);
  return { bothRated: rated.length, exact, withinOne, exactPercent: percent(exact), withinOnePercent: percent(withinOne) };
}

/** Sort rank: disagreements by size, then items one reviewer left open, then agreements. */
function rank(c: ItemComparison): number {
  if (c.difference === null) return c.first === null && c.second === null ? -2 : -1;
  return c.difference === 0 ? -3 : c.difference;
}

/**
 * Issue 7: "disagreements first" — the largest difference first, then items only one reviewer
 * scored (they too need a decision), then items neither scored, then exact agreements. Within a
 * group the scale's order is kept, so the list reads the same on both tablets.
 */
export function disagreementsFirst(comparisons: readonly ItemComparison[]): ItemComparison[] {
  const position = new Map(FIDELITY_ITEMS.map((item, index) => [item.id, index]));
  return [...comparisons].sort((a, b) => rank(b) - rank(a) || (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0));
}
