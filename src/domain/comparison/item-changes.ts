import { FIDELITY_ITEMS, type ItemId, type Section } from '../fidelity/items';
import {
  fidelityBand,
  meanPerItem,
  sectionSubtotals,
  totalScore,
  type FidelityBand,
  type RatingsByItem,
  type SectionSubtotal,
} from '../fidelity/scoring';

export const CHANGE_DIRECTIONS = ['improved', 'unchanged', 'declined', 'not-comparable'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

export interface ItemChange {
  itemId: ItemId;
  section: Section;
  number: number;
  /** Score in the baseline round, null when not rated there. */
  before: number | null;
  /** Score in the compared round, null when not rated there. */
  after: number | null;
  /** after − before; null when either round has no score for the item. */
  delta: number | null;
  direction: ChangeDirection;
}

function scoreOf(ratings: RatingsByItem, id: ItemId): number | null {
  const score = ratings[id];
  return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
}

function directionOf(delta: number | null): ChangeDirection {
  if (delta === null) return 'not-comparable';
  if (delta > 0) return 'improved';
  if (delta < 0) return 'declined';
  return 'unchanged';
}

/**
 * Issue 6, "per-item table": each of the 25 items (scale order) with both scores and the change.
 * Scores follow evidence-rules.md §1 (1..5, anything else is "not rated"); an item rated in only
 * one round cannot be compared, so it is neither improved nor declined.
 */
export function itemChanges(before: RatingsByItem, after: RatingsByItem): ItemChange[] {
  return FIDELITY_ITEMS.map((item) => {
    const b = scoreOf(before, item.id);
    const a = scoreOf(after, item.id);
    const delta = a !== null && b !== null ? a - b : null;
    return { itemId: item.id, section: item.section, number: item.number, before: b, after: a, delta, direction: directionOf(delta) };
  });
}

export const CHANGE_ORDERS = ['scale', 'largest-gain', 'largest-drop'] as const;
export type ChangeOrder = (typeof CHANGE_ORDERS)[number];

export function isChangeOrder(value: string): value is ChangeOrder {
  return (CHANGE_ORDERS as readonly string[]).includes(value);
}

const scaleIndex = new Map<ItemId, number>(FIDELITY_ITEMS.map((item, index) => [item.id, index]));

/**
 * Issue 6, "sortable by change": the scale's order, or by change (largest gain or largest drop
 * first). Ties keep the scale's order; items that cannot be compared always come last.
 */
export function sortItemChanges(changes: readonly ItemChange[], order: ChangeOrder): ItemChange[] {
  const byScale = (a: ItemChange, b: ItemChange) => (scaleIndex.get(a.itemId) ?? 0) - (scaleIndex.get(b.itemId) ?? 0);
  if (order === 'scale') return [...changes].sort(byScale);
  const sign = order === 'largest-gain' ? -1 : 1;
  return [...changes].sort((a, b) => {
    if (a.delta === null || b.delta === null) return (a.delta === null ? 1 : 0) - (b.delta === null ? 1 : 0) || byScale(a, b);
    return sign * (a.delta - b.delta) || byScale(a, b);
  });
}

/** How many items improved, stayed, declined or could not be compared. */
export function countChanges(changes: readonly ItemChange[]): Record<ChangeDirection, number> {
  const counts: Record<ChangeDirection, number> = { improved: 0, unchanged: 0, declined: 0, 'not-comparable': 0 };
  for (const change of changes) counts[change.direction] += 1;
  return counts;
}

export interface RoundTotals {
  total: number;
  rated: number;
  isComplete: boolean;
  /** evidence-rules.md §1; show it as provisional unless isComplete. */
  band: FidelityBand;
  mean: number | null;
}

export interface TotalsComparison {
  before: RoundTotals;
  after: RoundTotals;
  /** after.total − before.total, e.g. 83 → 91 is +8. */
  delta: number;
}

function roundTotals(ratings: RatingsByItem): RoundTotals {
  const score = totalScore(ratings);
  return { ...score, band: fidelityBand(score.total), mean: meanPerItem(ratings) };
}

/** Issue 6: the two totals side by side with the change and the band of each (evidence-rules.md §1). */
export function compareTotals(before: RatingsByItem, after: RatingsByItem): TotalsComparison {
  const b = roundTotals(before);
  const a = roundTotals(after);
  return { before: b, after: a, delta: a.total - b.total };
}

export interface SectionComparison {
  section: Section;
  itemCount: number;
  before: SectionSubtotal;
  after: SectionSubtotal;
  /** Change of the subtotal. */
  delta: number;
  /** Change of the mean per rated item; null when a round has no rated item in the section. */
  meanDelta: number | null;
}

/** Issue 6: section subtotals and means of both rounds (staffing, organization, services). */
export function compareSections(before: RatingsByItem, after: RatingsByItem): SectionComparison[] {
  const b = sectionSubtotals(before);
  const a = sectionSubtotals(after);
  return b.map((sb, index) => {
    const sa = a[index] ?? sb;
    return {
      section: sb.section,
      itemCount: sb.itemCount,
      before: sb,
      after: sa,
      delta: sa.total - sb.total,
      meanDelta: sa.mean !== null && sb.mean !== null ? sa.mean - sb.mean : null,
    };
  });
}
