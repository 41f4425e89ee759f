import type { DataSource } from '../../domain/fidelity/items';
import type { Rating, RatingSchema as RatingSchemaType } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import { assertTextUnchanged, RecordNotFoundError } from '../errors';
import { toTimestamp } from '../ids';
import { loadIntegrityCheck, reviewContext } from '../integrity';
import { validated } from '../validate';
import { getEditableReview } from './review-guard';

// The record schema (and zod with it) is loaded on the first write, not at start-up: the scoring
// screen's start-up JavaScript has a budget. Loaded before the transaction, as the integrity check.
let ratingSchema: Promise<typeof RatingSchemaType> | null = null;
const loadRatingSchema = () => (ratingSchema ??= import('../../domain/records/review').then((m) => m.RatingSchema));

/** Loads what a rating's write checks with, so that the first tap on a score need not wait for it. */
export function preloadRatingWrites(): Promise<unknown> {
  return Promise.all([loadIntegrityCheck(), loadRatingSchema()]);
}

type RatingPatch = Partial<Pick<Rating, 'score' | 'notes' | 'dataSources'>>;

/**
 * Reads the rating and its review and writes the change in one transaction, so a rating can never
 * change after its review was finalised (in this or another tab).
 */
async function patchRating(
  db: FidelioDb,
  ratingId: string,
  patch: RatingPatch,
  now: Date,
  afterwards?: (rating: Rating, at: string) => Promise<void>,
): Promise<void> {
  await patchRatings(db, [{ ratingId, patch }], now, afterwards);
}

/**
 * patchRating for several ratings in one transaction: all of the changes are written, or none.
 * `notesBase`: the notes the edit started from; notes changed since then are a conflict (EditConflictError).
 */
async function patchRatings(
  db: FidelioDb,
  changes: readonly { ratingId: string; patch: RatingPatch; notesBase?: string }[],
  now: Date,
  afterwards?: (rating: Rating, at: string) => Promise<void>,
): Promise<void> {
  const [assertIntegrity, RatingSchema] = await Promise.all([loadIntegrityCheck(), loadRatingSchema()]);
  await db.transaction('rw', [db.services, db.reviews, db.ratings, db.ratingSuggestions], async () => {
    const at = toTimestamp(now);
    for (const { ratingId, patch, notesBase } of changes) {
      const rating = await db.ratings.get(ratingId);
      if (!rating || rating.deletedAt) throw new RecordNotFoundError('ratings', ratingId);
      assertTextUnchanged(rating.notes, notesBase, patch.notes);
      const review = await getEditableReview(db, rating.reviewId);
      const next: Rating = validated(RatingSchema, 'ratings', { ...rating, ...patch, updatedAt: at });
      // One rating per item, data sources a set of at most four, the review's own service (issue 14).
      assertIntegrity({ ratings: [next] }, await reviewContext(db, review, 'ratings', next.itemId));
      await db.ratings.put(next);
      await afterwards?.(next, at);
    }
  });
}

/** Sets the scores of several items at once (the consensus's shared scores): all of them, or none. */
export function setRatingScores(db: FidelioDb, scores: readonly { ratingId: string; score: number }[], now: Date): Promise<void> {
  return patchRatings(
    db,
    scores.map(({ ratingId, score }) => ({ ratingId, patch: { score } })),
    now,
  );
}

/**
 * Sets or clears (null) the 1–5 score of one item. `shownSuggestion`: on an evidence item, the
 * suggested score on screen when the reviewer chose (null: none shown), so the rating remembers
 * whether it followed the suggestion; undefined where no evidence is shown at all.
 */
export async function setRatingScore(
  db: FidelioDb,
  ratingId: string,
  score: number | null,
  now: Date,
  shownSuggestion?: number | null,
): Promise<void> {
  if (shownSuggestion === undefined) return patchRating(db, ratingId, { score }, now);
  // Loaded before the transaction (an import inside it would let it commit early), and only on
  // evidence items: the scoring screen's start-up JavaScript has a budget.
  const { rememberSuggestion } = await import('./rating-suggestions');
  return patchRating(db, ratingId, { score }, now, (rating, at) => rememberSuggestion(db, rating, shownSuggestion, at));
}

/** `base`: the notes this edit started from, when a change made meanwhile elsewhere must not be overwritten. */
export function setRatingNotes(db: FidelioDb, ratingId: string, notes: string, now: Date, base?: string): Promise<void> {
  return patchRatings(db, [{ ratingId, patch: { notes }, notesBase: base }], now);
}

export function setRatingDataSources(db: FidelioDb, ratingId: string, dataSources: readonly DataSource[], now: Date): Promise<void> {
  return patchRating(db, ratingId, { dataSources: [...new Set(dataSources)] }, now);
}
