import { FIDELITY_ITEMS, ITEM_IDS, type ItemId } from '../../domain/fidelity/items';
import { BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION } from '../../domain/fidelity/scale-definition';
import { RatingSchema, ReviewSchema, type Rating, type Review, type ReviewDraft } from '../../domain/records/review';
import { strictConnection, type FidelioDb } from '../app-db';
import { RecordNotFoundError, ReviewIncompleteError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { naturalRecordId } from '../../domain/integrity/natural-keys';
import { validated } from '../validate';
import { getEditableReview, getLiveReview } from './review-guard';
import { tombstoneWhere } from './tombstone';

/**
 * Creates an in-progress review on the built-in scale together with one empty rating per item.
 * One transaction guarantees a review never exists with fewer than 25 rating records.
 */
export async function createReview(db: FidelioDb, serviceId: string, draft: ReviewDraft, now: Date): Promise<string> {
  const at = toTimestamp(now);
  const reviewId = newId();
  return db.transaction('rw', [db.services, db.reviews, db.ratings], async () => {
    const service = await db.services.get(serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', serviceId);
    const sync = { serviceId, createdAt: at, updatedAt: at, deletedAt: null };
    const review = validated(ReviewSchema, 'reviews', {
      id: reviewId,
      ...sync,
      scaleId: BUILT_IN_SCALE_ID,
      scaleVersion: BUILT_IN_SCALE_VERSION,
      firstDay: draft.firstDay,
      lastDay: draft.lastDay,
      type: draft.type,
      reviewers: draft.reviewers,
      status: 'in-progress',
      finalisedAt: null,
    } satisfies Review);
    const ratings = FIDELITY_ITEMS.map((item) =>
      validated(RatingSchema, 'ratings', {
        // Deterministic (issue 14 #1): a copy of this rating made on another tablet has the same id.
        id: naturalRecordId(reviewId, item.id) ?? newId(),
        ...sync,
        reviewId,
        itemId: item.id,
        score: null,
        notes: '',
        dataSources: [],
      } satisfies Rating),
    );
    await db.reviews.add(review);
    await db.ratings.bulkAdd(ratings);
    return reviewId;
  });
}

export async function updateReview(db: FidelioDb, id: string, patch: Partial<ReviewDraft>, now: Date): Promise<void> {
  await db.transaction('rw', db.reviews, async () => {
    const review = await getEditableReview(db, id);
    const next: Review = {
      ...review,
      firstDay: patch.firstDay ?? review.firstDay,
      lastDay: patch.lastDay ?? review.lastDay,
      type: patch.type ?? review.type,
      reviewers: patch.reviewers ?? review.reviewers,
      updatedAt: toTimestamp(now),
    };
    await db.reviews.put(validated(ReviewSchema, 'reviews', next));
  });
}

/** Items of the review's ratings that have no score yet, in the scale's order. */
function unratedItems(ratings: readonly Rating[]): ItemId[] {
  const rated = new Set(ratings.filter((r) => r.score !== null).map((r) => r.itemId));
  return ITEM_IDS.filter((itemId) => !rated.has(itemId));
}

/**
 * Marks the review final when every item has a score. Runs on the strict connection: a final
 * review is what the service is told, so it must be on disk before the app says it is saved.
 * The check, the evidence snapshot (issue 5) and the status change share one transaction, so no
 * rating can be cleared in between and a final review never lacks the figures it was rated with
 * (the figures are computed just before, from reads outside it).
 * Finalising an already final review is a no-op (a double tap must not raise an error).
 */
export async function finaliseReview(db: FidelioDb, reviewId: string, now: Date): Promise<void> {
  // Loaded on the first finalise only: the scoring screen's start-up JavaScript has a budget.
  const { prepareEvidenceSnapshot, storeEvidenceSnapshot } = await import('../evidence-snapshot');
  const current = await getLiveReview(db, reviewId);
  const snapshot = current.status === 'final' ? null : await prepareEvidenceSnapshot(db, current);
  const strict = strictConnection(db);
  await strict.transaction('rw', [strict.reviews, strict.ratings, strict.reviewEvidence], async () => {
    const review = await getLiveReview(strict, reviewId);
    if (review.status === 'final') return;
    const ratings = await strict.ratings
      .where('reviewId')
      .equals(reviewId)
      .filter((r) => r.deletedAt === null)
      .toArray();
    const unrated = unratedItems(ratings);
    if (unrated.length > 0) throw new ReviewIncompleteError(reviewId, unrated);
    const at = toTimestamp(now);
    if (snapshot) await storeEvidenceSnapshot(strict, review, snapshot, at);
    await strict.reviews.put({ ...review, status: 'final', finalisedAt: at, updatedAt: at });
  });
}

/** Makes a final review editable again; strict for the same reason as finalising. */
export async function reopenReview(db: FidelioDb, reviewId: string, now: Date): Promise<void> {
  const strict = strictConnection(db);
  await strict.transaction('rw', strict.reviews, async () => {
    const review = await getLiveReview(strict, reviewId);
    if (review.status !== 'final') return;
    const at = toTimestamp(now);
    await strict.reviews.put({ ...review, status: 'in-progress', finalisedAt: null, updatedAt: at });
  });
}

/**
 * Tombstones the review with its ratings and recommendations in one transaction, so no rating
 * outlives its review. Allowed for final reviews too: deleting is not editing the agreed record.
 */
export async function deleteReview(db: FidelioDb, reviewId: string, now: Date): Promise<void> {
  const at = toTimestamp(now);
  // Every table with a reviewId index holds records of one review (ratings, recommendations, each
  // reviewer's ratings, follow-ups…): they all go with it, including tables added later.
  const children = db.tables.filter((table) => table.name !== 'reviews' && table.schema.idxByName.reviewId);
  await db.transaction('rw', [db.reviews, ...children], async () => {
    const review = await getLiveReview(db, reviewId);
    await db.reviews.put({ ...review, deletedAt: at, updatedAt: at });
    for (const table of children) await tombstoneWhere(table, 'reviewId', reviewId, at);
  });
}
