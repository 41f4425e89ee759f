import { FIDELITY_ITEMS, SECTIONS, type ItemId, type Section } from './items';

/** Item id → score 1..5, or null / missing when not rated yet. */
export type RatingsByItem = Partial<Record<ItemId, number | null>>;

export interface TotalScore {
  total: number;
  rated: number;
  isComplete: boolean;
}

export const ITEM_COUNT = 25;
export const MIN_TOTAL = 25;
export const MAX_TOTAL = 125;

function scoreOf(ratings: RatingsByItem, id: ItemId): number | null {
  const score = ratings[id];
  return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
}

/**
 * evidence-rules.md §1: the sum of the given scores, how many of the 25 items are rated, and
 * whether all 25 are. Keys outside the scale and values outside 1..5 are not ratings.
 */
export function totalScore(ratings: RatingsByItem): TotalScore {
  let total = 0;
  let rated = 0;
  for (const item of FIDELITY_ITEMS) {
    const score = scoreOf(ratings, item.id);
    if (score !== null) {
      total += score;
      rated += 1;
    }
  }
  return { total, rated, isComplete: rated === ITEM_COUNT };
}

export const BANDS = ['exemplary', 'good', 'fair', 'not-ips'] as const;
export type FidelityBand = (typeof BANDS)[number];

/** Lower bounds of the bands: 74 is the line below which a service is not IPS. */
export const BAND_THRESHOLDS = { exemplary: 115, good: 100, fair: 74 } as const;

/** evidence-rules.md §1: 115–125 exemplary, 100–114 good, 74–99 fair, below 74 not IPS. */
export function fidelityBand(total: number): FidelityBand {
  if (total >= BAND_THRESHOLDS.exemplary) return 'exemplary';
  if (total >= BAND_THRESHOLDS.good) return 'good';
  if (total >= BAND_THRESHOLDS.fair) return 'fair';
  return 'not-ips';
}

export interface SectionSubtotal {
  section: Section;
  total: number;
  rated: number;
  itemCount: number;
  /** Mean of the rated items, null when none is rated. */
  mean: number | null;
}

/** Subtotals per scale section (staffing, organization, services), as shown in the summary and report. */
export function sectionSubtotals(ratings: RatingsByItem): SectionSubtotal[] {
  return SECTIONS.map((section) => {
    const items = FIDELITY_ITEMS.filter((item) => item.section === section);
    let total = 0;
    let rated = 0;
    for (const item of items) {
      const score = scoreOf(ratings, item.id);
      if (score !== null) {
        total += score;
        rated += 1;
      }
    }
    return { section, total, rated, itemCount: items.length, mean: rated > 0 ? total / rated : null };
  });
}

/** Mean score per rated item (Finnish reports quote e.g. "4.29 per item"); null when nothing is rated. */
export function meanPerItem(ratings: RatingsByItem): number | null {
  const { total, rated } = totalScore(ratings);
  return rated > 0 ? total / rated : null;
}

/** The first item after `fromId` (wrapping around) that has no score yet, or null when all are rated. */
export function nextUnratedItem(ratings: RatingsByItem, fromId?: ItemId): ItemId | null {
  const start = fromId ? FIDELITY_ITEMS.findIndex((item) => item.id === fromId) + 1 : 0;
  for (let step = 0; step < FIDELITY_ITEMS.length; step += 1) {
    const item = FIDELITY_ITEMS[(start + step) % FIDELITY_ITEMS.length];
    if (item && scoreOf(ratings, item.id) === null) return item.id;
  }
  return null;
}
