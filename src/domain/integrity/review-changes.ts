import { totalScore, type RatingsByItem } from '../fidelity/scoring';
import type { ItemId } from '../fidelity/items';
import { onePerNaturalKey } from './natural-keys';
import type { RecordsByTable } from './problems';

type Row = Record<string, unknown>;

/** What a write would do to one review, in the figures a user knows it by. */
export interface ReviewChange {
  reviewId: string;
  serviceId: string;
  serviceName: string;
  firstDay: string;
  /** The review's status on the device before; null when the review is new to the device. */
  statusBefore: 'final' | 'in-progress' | null;
  statusAfter: 'final' | 'in-progress';
  /** Total of the device's consensus ratings before, null for a new review. */
  before: number | null;
  after: number;
  /** A final review on the device would change: a merge refuses this. */
  changesFinal: boolean;
}

/** Tables whose records make up what a review says: changing one changes the review. */
const REVIEW_PARTS = ['ratings', 'recommendations'] as const;

function byItem(ratings: readonly Row[]): RatingsByItem {
  const scores: RatingsByItem = {};
  for (const rating of onePerNaturalKey('ratings', ratings)) scores[rating.itemId as ItemId] = rating.score as number | null;
  return scores;
}

const statusOf = (review: Row | undefined): 'final' | 'in-progress' | null =>
  review === undefined || review.deletedAt !== null ? null : review.status === 'final' ? 'final' : 'in-progress';

/**
 * The reviews a batch of writes touches (its reviews, consensus ratings and recommendations), each
 * with its total before and after (issue 14 #1: "Kätevä 2022: final review would change from 91 to
 * 121"). After: for each item the batch's rating wins over the device's, as the write would make it.
 */
export function reviewChanges(incoming: RecordsByTable, stored: RecordsByTable): ReviewChange[] {
  const touched = new Set<string>();
  for (const review of incoming.reviews ?? []) touched.add(String(review.id));
  for (const table of REVIEW_PARTS) for (const row of incoming[table] ?? []) touched.add(String(row.reviewId));
  if (touched.size === 0) return [];

  const storedReviews = new Map((stored.reviews ?? []).filter((r) => touched.has(String(r.id))).map((r) => [String(r.id), r]));
  const incomingReviews = new Map((incoming.reviews ?? []).map((r) => [String(r.id), r]));
  const storedRatings = new Map<string, Row[]>();
  for (const rating of stored.ratings ?? []) {
    const reviewId = String(rating.reviewId);
    if (touched.has(reviewId)) storedRatings.set(reviewId, [...(storedRatings.get(reviewId) ?? []), rating]);
  }
  const incomingRatings = new Map<string, Row[]>();
  for (const rating of incoming.ratings ?? []) {
    const reviewId = String(rating.reviewId);
    incomingRatings.set(reviewId, [...(incomingRatings.get(reviewId) ?? []), rating]);
  }
  const services = new Map([...(stored.services ?? []), ...(incoming.services ?? [])].map((s) => [String(s.id), s]));

  const changes: ReviewChange[] = [];
  for (const reviewId of touched) {
    const before = storedReviews.get(reviewId);
    const after = incomingReviews.get(reviewId) ?? before;
    if (!after) continue; // a dangling reviewId: reported by the reference check
    const beforeRatings = storedRatings.get(reviewId) ?? [];
    const newRatings = incomingRatings.get(reviewId) ?? [];
    const replacedIds = new Set(newRatings.map((r) => String(r.id)));
    const newItems = new Set(newRatings.filter((r) => typeof r.deletedAt !== 'string').map((r) => String(r.itemId)));
    // The batch's rating of an item stands for that item: a second copy must not hide behind the device's.
    const afterRatings = [...beforeRatings.filter((r) => !replacedIds.has(String(r.id)) && !newItems.has(String(r.itemId))), ...newRatings];
    const fileWins = onePerNaturalKey('ratings', newRatings);
    const afterScores = { ...byItem(afterRatings), ...byItem(fileWins) };
    const statusBefore = statusOf(before);
    const service = services.get(String(after.serviceId));
    changes.push({
      reviewId,
      serviceId: String(after.serviceId),
      serviceName: typeof service?.name === 'string' ? service.name : '',
      firstDay: String(after.firstDay),
      statusBefore,
      statusAfter: after.status === 'final' ? 'final' : 'in-progress',
      before: statusBefore === null ? null : totalScore(byItem(beforeRatings)).total,
      after: totalScore(afterScores).total,
      changesFinal: statusBefore === 'final',
    });
  }
  return changes;
}
