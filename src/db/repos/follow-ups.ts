import { RecommendationFollowUpSchema, type FollowUpStatus, type RecommendationFollowUp } from '../../domain/records/follow-up';
import type { FidelioDb } from '../app-db';
import { assertTextUnchanged, RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { getEditableReview } from './review-guard';

/** The recommendation is not one the review can follow up: another service's, or the review's own. */
export class FollowUpMismatchError extends Error {
  override readonly name = 'FollowUpMismatchError';
  constructor(
    readonly reviewId: string,
    readonly recommendationId: string,
  ) {
    super(`Review ${reviewId} cannot follow up recommendation ${recommendationId}`);
  }
}

export type FollowUpChange = { status: FollowUpStatus; note?: string } | { status?: FollowUpStatus; note: string };

/**
 * Records (or changes) what became of an earlier review's recommendation, in the later review
 * `reviewId`. One transaction reads the review, the recommendation and the existing follow-up and
 * writes the one record of the pair, so a final review is never changed and no pair gets two
 * records on this device. A note alone cannot start a record: the status comes first.
 * `noteBase`: the note this edit started from, when a change made meanwhile elsewhere must not be
 * overwritten (EditConflictError).
 */
export async function recordFollowUp(
  db: FidelioDb,
  reviewId: string,
  recommendationId: string,
  change: FollowUpChange,
  now: Date,
  noteBase?: string,
): Promise<void> {
  const at = toTimestamp(now);
  const tables = [db.reviews, db.recommendations, db.recommendationFollowUps];
  await db.transaction('rw', tables, async () => {
    const review = await getEditableReview(db, reviewId);
    const recommendation = await db.recommendations.get(recommendationId);
    if (!recommendation || recommendation.deletedAt) throw new RecordNotFoundError('recommendations', recommendationId);
    if (recommendation.serviceId !== review.serviceId || recommendation.reviewId === reviewId) {
      throw new FollowUpMismatchError(reviewId, recommendationId);
    }
    const existing = await db.recommendationFollowUps
      .where('[reviewId+recommendationId]')
      .equals([reviewId, recommendationId])
      .filter((f) => f.deletedAt === null)
      .first();
    if (existing) assertTextUnchanged(existing.note, noteBase, change.note);
    const status = change.status ?? existing?.status;
    if (!status) throw new RecordNotFoundError('recommendationFollowUps', `${reviewId}/${recommendationId}`);
    const next: RecommendationFollowUp = existing
      ? { ...existing, status, note: change.note ?? existing.note, updatedAt: at }
      : {
          id: newId(),
          serviceId: review.serviceId,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          reviewId,
          recommendationId,
          status,
          note: change.note ?? '',
        };
    await db.recommendationFollowUps.put(validated(RecommendationFollowUpSchema, 'recommendationFollowUps', next));
  });
}
