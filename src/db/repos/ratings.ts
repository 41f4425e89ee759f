import type { DataSource } from '../../domain/fidelity/items';
import { RatingSchema, type Rating } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { toTimestamp } from '../ids';
import { validated } from '../validate';
import { getEditableReview } from './review-guard';

type RatingPatch = Partial<Pick<Rating, 'score' | 'notes' | 'dataSources'>>;

/**
 * Reads the rating and its review and writes the change in one transaction, so a rating can never
 * change after its review was finalised (in this or another tab).
 */
async function patchRating(db: FidelioDb, ratingId: string, patch: RatingPatch, now: Date): Promise<void> {
  await db.transaction('rw', [db.reviews, db.ratings], async () => {
    const rating = await db.ratings.get(ratingId);
    if (!rating || rating.deletedAt) throw new RecordNotFoundError('ratings', ratingId);
    await getEditableReview(db, rating.reviewId);
    const next: Rating = { ...rating, ...patch, updatedAt: toTimestamp(now) };
    await db.ratings.put(validated(RatingSchema, 'ratings', next));
  });
}

/** Sets or clears (null) the 1–5 score of one item. */
export function setRatingScore(db: FidelioDb, ratingId: string, score: number | null, now: Date): Promise<void> {
  return patchRating(db, ratingId, { score }, now);
}

export function setRatingNotes(db: FidelioDb, ratingId: string, notes: string, now: Date): Promise<void> {
  return patchRating(db, ratingId, { notes }, now);
}

export function setRatingDataSources(
  db: FidelioDb,
  ratingId: string,
  dataSources: readonly DataSource[],
  now: Date,
): Promise<void> {
  return patchRating(db, ratingId, { dataSources: [...new Set(dataSources)] }, now);
}
