import { ITEM_IDS, type ItemId } from '../domain/fidelity/items';
import { REVIEWER_IDS, type ReviewerRating, type ReviewerStatus } from '../domain/records/reviewer-rating';
import type { FidelioDb } from './app-db';

/*
 * Reads of the reviewers' own ratings (issue 7). Every read skips tombstones; the consensus is
 * read from `ratings` as before (queries.ts).
 */

const itemOrder = new Map<ItemId, number>(ITEM_IDS.map((id, index) => [id, index]));
const reviewerOrder = new Map<string, number>(REVIEWER_IDS.map((id, index) => [id, index]));

const byItemThenReviewer = (a: ReviewerRating, b: ReviewerRating) =>
  (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0) ||
  (reviewerOrder.get(a.reviewerId) ?? 0) - (reviewerOrder.get(b.reviewerId) ?? 0);

/** The review's live reviewer ratings, in the scale's item order and then reviewer order. */
export async function listReviewerRatingRecords(db: FidelioDb, reviewId: string): Promise<ReviewerRating[]> {
  const records = (await db.reviewerRatings.where('reviewId').equals(reviewId).toArray()).filter((r) => r.deletedAt === null);
  return records.sort(byItemThenReviewer);
}

/**
 * For the report and the CSV export (issue 7, parts 2–3): each reviewer's score and notes per
 * item, live records only, in the scale's item order and then reviewer order.
 */
export async function listReviewerRatings(
  db: FidelioDb,
  reviewId: string,
): Promise<Array<{ reviewerName: string; itemId: ItemId; score: number | null; notes: string }>> {
  const records = await listReviewerRatingRecords(db, reviewId);
  return records.map(({ reviewerName, itemId, score, notes }) => ({ reviewerName, itemId, score, notes }));
}

/** The review's live reviewer statuses in reviewer order. */
export async function listReviewerStatuses(db: FidelioDb, reviewId: string): Promise<ReviewerStatus[]> {
  const statuses = (await db.reviewerStatuses.where('reviewId').equals(reviewId).toArray()).filter((s) => s.deletedAt === null);
  return statuses.sort((a, b) => (reviewerOrder.get(a.reviewerId) ?? 0) - (reviewerOrder.get(b.reviewerId) ?? 0));
}
