import { ITEM_IDS } from '../../domain/fidelity/items';
import type { Review } from '../../domain/records/review';
import {
  ReviewerRatingSchema,
  ReviewerStatusSchema,
  reviewerIndex,
  type ReviewerId,
  type ReviewerRating,
  type ReviewerStatus,
} from '../../domain/records/reviewer-rating';
import type { FidelioDb } from '../app-db';
import { ReviewerRuleError } from '../consensus-errors';
import { assertTextUnchanged, RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { naturalRecordId } from '../../domain/integrity/natural-keys';
import { loadIntegrityCheck, reviewContext } from '../integrity';
import { validated } from '../validate';
import { isImportedReviewer } from './imported-reviewers';
import { getEditableReview } from './review-guard';
import { isLive } from '../../domain/records/base';

/** The reviewer's current name on the review; a reviewer outside the list cannot rate. */
function reviewerNameOf(review: Review, reviewerId: ReviewerId): string {
  const name = review.reviewers[reviewerIndex(reviewerId)];
  if (!name) throw new ReviewerRuleError('reviewerId', 'no-such-reviewer');
  return name;
}

async function liveStatus(db: FidelioDb, reviewId: string, reviewerId: ReviewerId): Promise<ReviewerStatus | undefined> {
  return db.reviewerStatuses
    .where('[reviewId+reviewerId]')
    .equals([reviewId, reviewerId])
    .filter((s) => s.deletedAt === null)
    .first();
}

/**
 * Starts (or continues) one reviewer's own rating of a review: their status record and one empty
 * rating per item they do not have yet. One transaction, so a reviewer never has a status without
 * all 25 items. Running it again changes nothing.
 */
export async function startReviewerRating(db: FidelioDb, reviewId: string, reviewerId: ReviewerId, now: Date): Promise<void> {
  const at = toTimestamp(now);
  const assertIntegrity = await loadIntegrityCheck();
  await db.transaction('rw', [db.services, db.reviews, db.reviewerStatuses, db.reviewerRatings, db.meta], async () => {
    const review = await getEditableReview(db, reviewId);
    if (await isImportedReviewer(db, reviewId, reviewerId)) throw new ReviewerRuleError('reviewerId', 'other-tablet');
    const reviewerName = reviewerNameOf(review, reviewerId);
    const sync = { serviceId: review.serviceId, createdAt: at, updatedAt: at, deletedAt: null };
    const statuses = await reviewContext(db, review, 'reviewerStatuses');
    if (!(await liveStatus(db, reviewId, reviewerId))) {
      // The same id on every tablet for the same reviewer of the same review (a merge or sync then
      // meets one record); a random one if that id is taken, e.g. by a tombstone.
      const usedIds = new Set((statuses.reviewerStatuses ?? []).map((s) => String(s.id)));
      const natural = naturalRecordId(reviewId, reviewerId);
      const id = natural !== null && !usedIds.has(natural) ? natural : newId();
      const status = validated(ReviewerStatusSchema, 'reviewerStatuses', {
        id,
        ...sync,
        reviewId,
        reviewerId,
        reviewerName,
        finishedAt: null,
        revealedAt: null,
      } satisfies ReviewerStatus);
      assertIntegrity({ reviewerStatuses: [status] }, statuses);
      await db.reviewerStatuses.add(status);
    }
    const context = await reviewContext(db, review, 'reviewerRatings');
    const usedIds = new Set((context.reviewerRatings ?? []).map((r) => String(r.id)));
    const existing = (await db.reviewerRatings.where('[reviewId+reviewerId]').equals([reviewId, reviewerId]).toArray()).filter(isLive);
    const have = new Set(existing.map((r) => r.itemId));
    const missing = ITEM_IDS.filter((itemId) => !have.has(itemId)).map((itemId) => {
      const natural = naturalRecordId(reviewId, reviewerId, itemId);
      const id = natural !== null && !usedIds.has(natural) ? natural : newId();
      return validated(ReviewerRatingSchema, 'reviewerRatings', {
        id,
        ...sync,
        reviewId,
        reviewerId,
        reviewerName,
        itemId,
        score: null,
        notes: '',
      } satisfies ReviewerRating);
    });
    assertIntegrity({ reviewerRatings: missing }, context);
    if (missing.length > 0) await db.reviewerRatings.bulkAdd(missing);
  });
}

type RatingPatch = Partial<Pick<ReviewerRating, 'score' | 'notes'>>;

/**
 * Reads the rating, its review and its reviewer's status and writes in one transaction: a rating
 * never changes after the review was finalised or the reviewer marked their rating finished, and
 * never on a tablet that only received it in the reviewer's file (issue 14 #6).
 */
async function patchReviewerRating(db: FidelioDb, ratingId: string, patch: RatingPatch, now: Date, notesBase?: string): Promise<void> {
  const assertIntegrity = await loadIntegrityCheck();
  await db.transaction('rw', [db.services, db.reviews, db.reviewerStatuses, db.reviewerRatings, db.meta], async () => {
    const rating = await db.reviewerRatings.get(ratingId);
    if (!rating || rating.deletedAt) throw new RecordNotFoundError('reviewerRatings', ratingId);
    assertTextUnchanged(rating.notes, notesBase, patch.notes);
    const review = await getEditableReview(db, rating.reviewId);
    const status = await liveStatus(db, rating.reviewId, rating.reviewerId);
    if (status?.finishedAt) throw new ReviewerRuleError('finishedAt', 'finished');
    if (await isImportedReviewer(db, rating.reviewId, rating.reviewerId)) throw new ReviewerRuleError('reviewerId', 'other-tablet');
    const next = validated(ReviewerRatingSchema, 'reviewerRatings', {
      ...rating,
      ...patch,
      reviewerName: reviewerNameOf(review, rating.reviewerId),
      updatedAt: toTimestamp(now),
    } satisfies ReviewerRating);
    assertIntegrity({ reviewerRatings: [next] }, await reviewContext(db, review, 'reviewerRatings', next.itemId));
    await db.reviewerRatings.put(next);
  });
}

export function setReviewerScore(db: FidelioDb, ratingId: string, score: number | null, now: Date): Promise<void> {
  return patchReviewerRating(db, ratingId, { score }, now);
}

/** `base`: the notes this edit started from, when a change made meanwhile elsewhere must not be overwritten. */
export function setReviewerNotes(db: FidelioDb, ratingId: string, notes: string, now: Date, base?: string): Promise<void> {
  return patchReviewerRating(db, ratingId, { notes }, now, base);
}

type StatusPatch = Partial<Pick<ReviewerStatus, 'finishedAt' | 'revealedAt'>>;

async function patchStatus(
  db: FidelioDb,
  reviewId: string,
  reviewerId: ReviewerId,
  patch: (status: ReviewerStatus) => StatusPatch,
  now: Date,
): Promise<void> {
  const assertIntegrity = await loadIntegrityCheck();
  await db.transaction('rw', [db.services, db.reviews, db.reviewerStatuses, db.meta], async () => {
    const review = await getEditableReview(db, reviewId);
    // Issue 14 #6: a reviewer whose file was imported here rates on the other tablet only.
    if (await isImportedReviewer(db, reviewId, reviewerId)) throw new ReviewerRuleError('reviewerId', 'other-tablet');
    const status = await liveStatus(db, reviewId, reviewerId);
    if (!status) throw new RecordNotFoundError('reviewerStatuses', `${reviewId}/${reviewerId}`);
    const next = validated(ReviewerStatusSchema, 'reviewerStatuses', {
      ...status,
      ...patch(status),
      reviewerName: reviewerNameOf(review, reviewerId),
      updatedAt: toTimestamp(now),
    } satisfies ReviewerStatus);
    assertIntegrity({ reviewerStatuses: [next] }, await reviewContext(db, review, 'reviewerStatuses'));
    await db.reviewerStatuses.put(next);
  });
}

/** Marks the reviewer's own rating finished (locking it) or back in progress. */
export function setReviewerFinished(
  db: FidelioDb,
  reviewId: string,
  reviewerId: ReviewerId,
  isFinished: boolean,
  now: Date,
): Promise<void> {
  return patchStatus(
    db,
    reviewId,
    reviewerId,
    (status) => ({ finishedAt: isFinished ? (status.finishedAt ?? toTimestamp(now)) : null }),
    now,
  );
}

/** Records that the reviewer chose to see the other's scores before both had finished (blind rating ends for them). */
export function revealOtherScores(db: FidelioDb, reviewId: string, reviewerId: ReviewerId, now: Date): Promise<void> {
  return patchStatus(db, reviewId, reviewerId, (status) => ({ revealedAt: status.revealedAt ?? toTimestamp(now) }), now);
}
