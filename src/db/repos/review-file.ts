import { ITEM_IDS } from '../../domain/fidelity/items';
import { BUILT_IN_SCALE_KEY, scaleKey } from '../../domain/fidelity/scale-definition';
import { planRecordImport, type ImportCounts } from '../../domain/consensus/import-plan';
import { REVIEW_FILE_FORMAT, REVIEW_FILE_VERSION, ReviewFileSchema, type ReviewFile, type ReviewFileProblem } from '../../domain/consensus/review-file';
import { RatingSchema, ReviewSchema, type Rating, type Review } from '../../domain/records/review';
import { reviewerIndex, type ReviewerId, type ReviewerRating, type ReviewerStatus } from '../../domain/records/reviewer-rating';
import { strictConnection, type FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { markHasData } from './meta';
import { getLiveReview } from './review-guard';
import { isLive } from '../../domain/records/base';

/**
 * One reviewer's part of a review as a review file (issue 7), read in one transaction so the file
 * is a consistent snapshot. Checked against the file's own schema before it leaves the app.
 */
export async function exportReviewFile(db: FidelioDb, reviewId: string, reviewerId: ReviewerId, now: Date): Promise<ReviewFile> {
  return db.transaction('r', [db.services, db.reviews, db.reviewerStatuses, db.reviewerRatings], async () => {
    const review = await getLiveReview(db, reviewId);
    const service = await db.services.get(review.serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', review.serviceId);
    const reviewer = await db.reviewerStatuses.where('[reviewId+reviewerId]').equals([reviewId, reviewerId]).filter(isLive).first();
    if (!reviewer) throw new RecordNotFoundError('reviewerStatuses', `${reviewId}/${reviewerId}`);
    const ratings = (await db.reviewerRatings.where('[reviewId+reviewerId]').equals([reviewId, reviewerId]).toArray()).filter(isLive);
    const order = new Map(ITEM_IDS.map((id, index) => [id, index]));
    ratings.sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
    const file = { format: REVIEW_FILE_FORMAT, version: REVIEW_FILE_VERSION, exportedAt: toTimestamp(now), service, review, reviewer, ratings };
    return validated(ReviewFileSchema, 'reviewFile', file);
  });
}

export type ReviewFileImport =
  | { ok: true; serviceId: string; reviewId: string; reviewerName: string; createdService: boolean; createdReview: boolean; counts: ImportCounts }
  | { ok: false; problems: ReviewFileProblem[] };

const ratingKey = (r: ReviewerRating) => `${r.reviewId}|${r.reviewerId}|${r.itemId}`;
const statusKey = (s: ReviewerStatus) => `${s.reviewId}|${s.reviewerId}`;

/** A review first seen in a file starts here in progress, with its 25 empty consensus ratings (as createReview). */
function newReviewRecords(file: ReviewFile, at: string): { review: Review; ratings: Rating[] } {
  const review = validated(ReviewSchema, 'reviews', { ...file.review, status: 'in-progress', finalisedAt: null, updatedAt: file.review.status === 'final' ? at : file.review.updatedAt });
  const sync = { serviceId: review.serviceId, createdAt: at, updatedAt: at, deletedAt: null };
  const ratings = ITEM_IDS.map((itemId) =>
    validated(RatingSchema, 'ratings', { id: newId(), ...sync, reviewId: review.id, itemId, score: null, notes: '', dataSources: [] } satisfies Rating),
  );
  return { review, ratings };
}

/**
 * Imports a checked review file in ONE strict transaction: the service and review when this
 * device does not have them, then the reviewer's status and ratings merged by last-writer-wins
 * (domain/consensus/import-plan.ts), so importing the same file twice changes nothing. Anything
 * on the device that forbids the import (the review deleted or final here, another service's
 * review, an unknown scale) is returned as problems and nothing is written.
 */
export async function importReviewFile(db: FidelioDb, file: ReviewFile, now: Date): Promise<ReviewFileImport> {
  const strict = strictConnection(db);
  const at = toTimestamp(now);
  const tables = [strict.services, strict.reviews, strict.ratings, strict.reviewerRatings, strict.reviewerStatuses, strict.scales];
  const outcome = await strict.transaction('rw', tables, async (): Promise<ReviewFileImport> => {
    const { service, review, reviewer, ratings } = file;
    const deviceService = await strict.services.get(service.id);
    const deviceReview = await strict.reviews.get(review.id);
    const problems: ReviewFileProblem[] = [];
    if (deviceService?.deletedAt) problems.push({ code: 'service-deleted' });
    if (deviceReview?.deletedAt) problems.push({ code: 'review-deleted' });
    if (deviceReview && deviceReview.serviceId !== service.id) problems.push({ code: 'review-of-other-service' });
    if (reviewerIndex(reviewer.reviewerId) >= (deviceReview ?? review).reviewers.length) {
      problems.push({ code: 'reviewer-not-in-review', reviewerId: reviewer.reviewerId });
    }
    // The built-in scale is always known (bundled); any other version must be stored here.
    const key = scaleKey(review.scaleId, review.scaleVersion);
    if (!deviceReview && key !== BUILT_IN_SCALE_KEY && !(await strict.scales.get(key))) problems.push({ code: 'unknown-scale' });
    if (problems.length > 0) return { ok: false, problems };

    const sameReviewer = (table: typeof strict.reviewerRatings | typeof strict.reviewerStatuses) =>
      table.where('[reviewId+reviewerId]').equals([review.id, reviewer.reviewerId]).toArray();
    const byIds = async <T>(table: { bulkGet: (ids: string[]) => Promise<(T | undefined)[]> }, ids: string[]) =>
      (await table.bulkGet(ids)).filter((record): record is T => record !== undefined);
    const existingRatings = [...(await sameReviewer(strict.reviewerRatings)), ...(await byIds<ReviewerRating>(strict.reviewerRatings, ratings.map((r) => r.id)))] as ReviewerRating[];
    const existingStatuses = [...(await sameReviewer(strict.reviewerStatuses)), ...(await byIds<ReviewerStatus>(strict.reviewerStatuses, [reviewer.id]))] as ReviewerStatus[];
    const ratingPlan = planRecordImport(existingRatings, ratings, ratingKey, at);
    const statusPlan = planRecordImport(existingStatuses, [reviewer], statusKey, at);
    const changes = [...ratingPlan.toPut, ...ratingPlan.toTombstone, ...statusPlan.toPut, ...statusPlan.toTombstone].length;
    if (changes > 0 && deviceReview?.status === 'final') return { ok: false, problems: [{ code: 'review-final' }] };

    if (!deviceService) await strict.services.add(service);
    if (!deviceReview) {
      const created = newReviewRecords(file, at);
      await strict.reviews.add(created.review);
      await strict.ratings.bulkAdd(created.ratings);
    }
    await strict.reviewerRatings.bulkPut([...ratingPlan.toTombstone, ...ratingPlan.toPut]);
    await strict.reviewerStatuses.bulkPut([...statusPlan.toTombstone, ...statusPlan.toPut]);
    return {
      ok: true,
      serviceId: service.id,
      reviewId: review.id,
      reviewerName: reviewer.reviewerName,
      createdService: !deviceService,
      createdReview: !deviceReview,
      counts: ratingPlan.counts,
    };
  });
  if (outcome.ok && (outcome.createdReview || outcome.counts.added + outcome.counts.updated > 0)) await markHasData(db);
  return outcome;
}
