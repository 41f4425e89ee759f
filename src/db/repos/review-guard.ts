import type { Review } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError, ReviewIsFinalError } from '../errors';

/** The live review, or RecordNotFoundError when it is missing or tombstoned. */
export async function getLiveReview(db: FidelioDb, reviewId: string): Promise<Review> {
  const review = await db.reviews.get(reviewId);
  if (!review || review.deletedAt) throw new RecordNotFoundError('reviews', reviewId);
  return review;
}

/**
 * The review, when it may still be edited. A final review is the agreed record of the visit, so
 * every write to it or to its ratings and recommendations is refused until it is reopened.
 * Call it inside the write's transaction so a concurrent finalise cannot slip in between.
 */
export async function getEditableReview(db: FidelioDb, reviewId: string): Promise<Review> {
  const review = await getLiveReview(db, reviewId);
  if (review.status === 'final') throw new ReviewIsFinalError(reviewId);
  return review;
}
