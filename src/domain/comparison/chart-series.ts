import type { IsoDate } from '../dates';
import type { ItemId, Section } from '../fidelity/items';
import { BAND_THRESHOLDS, fidelityBand, totalScore, type FidelityBand, type RatingsByItem } from '../fidelity/scoring';
import type { ItemChange } from './item-changes';
import { byVisitDate, type ReviewRef } from './rounds';

/** A review round with its ratings, as the comparison and the overview read it. */
export interface Round {
  review: ReviewRef;
  ratings: RatingsByItem;
}

/** The lines drawn on every total chart: 74 (the IPS threshold), 100 and 115 (evidence-rules.md §1). */
export const BAND_LINES: readonly { value: number; band: FidelityBand }[] = [
  { value: BAND_THRESHOLDS.fair, band: 'fair' },
  { value: BAND_THRESHOLDS.good, band: 'good' },
  { value: BAND_THRESHOLDS.exemplary, band: 'exemplary' },
];

export interface ItemChartPoint {
  itemId: ItemId;
  section: Section;
  number: number;
  /** null when not rated in that round: no bar is drawn, and the table says "not rated". */
  before: number | null;
  after: number | null;
}

/** Issue 6, item chart: one point per item in the scale's order with both rounds' scores. */
export function itemChartSeries(changes: readonly ItemChange[]): ItemChartPoint[] {
  return changes.map((c) => ({ itemId: c.itemId, section: c.section, number: c.number, before: c.before, after: c.after }));
}

export interface TrendPoint {
  reviewId: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  total: number;
  band: FidelityBand;
  /** Change from the previous point; null for the first round. */
  delta: number | null;
}

/**
 * Issue 6, trend chart: the total of every final review of the service, oldest first. Only final
 * reviews count: an unfinished total is provisional (evidence-rules.md §1) and would bend the trend.
 */
export function trendSeries(rounds: readonly Round[]): TrendPoint[] {
  const finals = rounds.filter((r) => r.review.status === 'final').sort((a, b) => byVisitDate(a.review, b.review));
  let previous: number | null = null;
  return finals.map(({ review, ratings }) => {
    const { total } = totalScore(ratings);
    const point: TrendPoint = {
      reviewId: review.id,
      firstDay: review.firstDay,
      lastDay: review.lastDay,
      total,
      band: fidelityBand(total),
      delta: previous === null ? null : total - previous,
    };
    previous = total;
    return point;
  });
}
