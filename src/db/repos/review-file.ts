import { Dexie } from 'dexie';
import { ITEM_IDS } from '../../domain/fidelity/items';
import type { ImportCounts } from '../../domain/consensus/import-plan';
import type { ScoreChange } from '../../domain/consensus/review-file-check';
import {
  REVIEW_FILE_FORMAT,
  REVIEW_FILE_VERSION,
  ReviewFileSchema,
  type ReviewFile,
  type ReviewFileProblem,
} from '../../domain/consensus/review-file';
import { RatingSchema, ReviewSchema, type Rating, type Review } from '../../domain/records/review';
import type { ReviewerId } from '../../domain/records/reviewer-rating';
import { strictConnection, type FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { naturalRecordId } from '../../domain/integrity/natural-keys';
import { validated } from '../validate';
import { markHasData } from './meta';
import { rememberImportedReviewer } from './imported-reviewers';
import { planFileImport, type ImportTarget, type SameVisitChoice } from './review-file-plan';
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
    const file = {
      format: REVIEW_FILE_FORMAT,
      version: REVIEW_FILE_VERSION,
      exportedAt: toTimestamp(now),
      service,
      review,
      reviewer,
      ratings,
    };
    return validated(ReviewFileSchema, 'reviewFile', file);
  });
}

export type ReviewFileImport =
  | {
      ok: true;
      serviceId: string;
      reviewId: string;
      reviewerName: string;
      createdService: boolean;
      createdReview: boolean;
      counts: ImportCounts;
    }
  | { ok: false; problems: ReviewFileProblem[] };

/** What importing the file would do, for the user to confirm; nothing is written. */
export type ReviewFilePreview =
  | {
      ok: true;
      serviceName: string;
      reviewerName: string;
      createsService: boolean;
      createsReview: boolean;
      counts: ImportCounts;
      changes: ScoreChange[];
      isBlind: boolean;
      sameVisit: SameVisitChoice[];
    }
  | { ok: false; problems: ReviewFileProblem[] };

export interface ImportOptions {
  /** Required when the preview offered same-visit reviews: the user's answer. */
  target?: ImportTarget;
  /** The user saw the preview's changed scores and said yes. */
  acceptChanges?: boolean;
}

/** A review first seen in a file starts here in progress, with its 25 empty consensus ratings (as createReview). */
function newReviewRecords(file: ReviewFile, at: string): { review: Review; ratings: Rating[] } {
  const review = validated(ReviewSchema, 'reviews', {
    ...file.review,
    status: 'in-progress',
    finalisedAt: null,
    updatedAt: file.review.status === 'final' ? at : file.review.updatedAt,
  });
  const sync = { serviceId: review.serviceId, createdAt: at, updatedAt: at, deletedAt: null };
  const ratings = ITEM_IDS.map((itemId) =>
    // The same id as createReview gives it, so a merge or sync meets one rating per item, not two.
    validated(RatingSchema, 'ratings', {
      id: naturalRecordId(review.id, itemId) ?? newId(),
      ...sync,
      reviewId: review.id,
      itemId,
      score: null,
      notes: '',
      dataSources: [],
    } satisfies Rating),
  );
  return { review, ratings };
}

const planTables = (db: FidelioDb) => [db.services, db.reviews, db.reviewerRatings, db.reviewerStatuses, db.scales, db.meta];

/**
 * Issue 14 #6: what the file would do here, read in one transaction: every problem, or which
 * service and review it goes to, the counts, and each score or note it would change for a
 * reviewer already on this device. When the file's service is not here but a review of the same
 * visit is, `sameVisit` lists them and the import needs the user's choice of target.
 */
export async function previewReviewFileImport(db: FidelioDb, file: ReviewFile, target?: ImportTarget): Promise<ReviewFilePreview> {
  return db.transaction('r', planTables(db), async (): Promise<ReviewFilePreview> => {
    const planned = await Dexie.Promise.resolve(planFileImport(db, file, target, toTimestamp(new Date(0))));
    if (!planned.ok) return planned;
    const { plan } = planned;
    return {
      ok: true,
      serviceName: (plan.deviceService ?? plan.file.service).name,
      reviewerName: plan.file.reviewer.reviewerName,
      createsService: !plan.deviceService,
      createsReview: !plan.deviceReview,
      counts: plan.counts,
      changes: plan.changes,
      isBlind: plan.isBlind,
      sameVisit: plan.sameVisit,
    };
  });
}

/**
 * Imports a checked review file in ONE strict transaction: the service and review when this
 * device does not have them (or the existing review the user chose as the same visit), then the
 * reviewer's status and ratings merged by last-writer-wins (domain/consensus/import-plan.ts), so
 * importing the same file twice changes nothing. Anything on the device that forbids the import
 * (the review deleted or final here, another service's review, an unknown scale, a record id that
 * belongs to another review or reviewer here, changed scores not confirmed, a same-visit question
 * not answered) is returned as problems and nothing is written.
 */
export async function importReviewFile(db: FidelioDb, file: ReviewFile, now: Date, options: ImportOptions = {}): Promise<ReviewFileImport> {
  const strict = strictConnection(db);
  const at = toTimestamp(now);
  const tables = [...planTables(strict), strict.ratings];
  const outcome = await strict.transaction('rw', tables, async (): Promise<ReviewFileImport> => {
    // Wrapped in Dexie's promise: awaiting the helper's native promise directly lost the
    // transaction's zone in Dexie 4.4, and the writes below then ran outside it.
    const planned = await Dexie.Promise.resolve(planFileImport(strict, file, options.target, at));
    if (!planned.ok) return planned;
    const { plan } = planned;
    if (plan.sameVisit.length > 0) return { ok: false, problems: [{ code: 'choose-visit' }] };
    if (plan.changes.length > 0 && !options.acceptChanges)
      return { ok: false, problems: [{ code: 'unconfirmed-changes', count: plan.changes.length }] };
    const { ratingPlan, statusPlan, deviceService, deviceReview } = plan;
    const { service, review, reviewer } = plan.file;
    const changes = [...ratingPlan.toPut, ...ratingPlan.toTombstone, ...statusPlan.toPut, ...statusPlan.toTombstone].length;
    if (changes > 0 && deviceReview?.status === 'final') return { ok: false, problems: [{ code: 'review-final' }] };

    if (!deviceService) await strict.services.add(service);
    if (!deviceReview) {
      const created = newReviewRecords(plan.file, at);
      await strict.reviews.add(created.review);
      await strict.ratings.bulkAdd(created.ratings);
    }
    await strict.reviewerRatings.bulkPut([...ratingPlan.toTombstone, ...ratingPlan.toPut]);
    await strict.reviewerStatuses.bulkPut([...statusPlan.toTombstone, ...statusPlan.toPut]);
    if (plan.isOtherTablets) await rememberImportedReviewer(strict, review.id, reviewer.reviewerId);
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
