import { addMonths, type IsoDate } from '../dates';
import { BAND_THRESHOLDS } from './scoring';

/**
 * evidence-rules.md §1: the next review is due six months after `reviewDate` while the total is
 * below 100 (good fidelity), twelve months after once it is 100 or more; the day of month is kept
 * and clamped to the month's last day.
 */
export function nextReviewDue(reviewDate: IsoDate, total: number): IsoDate {
  return addMonths(reviewDate, total >= BAND_THRESHOLDS.good ? 12 : 6);
}
