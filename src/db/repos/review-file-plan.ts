import { planRecordImport, type ImportCounts, type RecordImportPlan } from '../../domain/consensus/import-plan';
import type { ReviewFile, ReviewFileProblem } from '../../domain/consensus/review-file';
import {
  attachToReview,
  foreignRecords,
  reviewerByName,
  sameVisitCandidates,
  scoreChanges,
  type ScoreChange,
} from '../../domain/consensus/review-file-check';
import { isBuiltInScaleKey, scaleKey } from '../../domain/fidelity/scale-definition';
import type { Review } from '../../domain/records/review';
import { reviewerIndex, type ReviewerRating, type ReviewerStatus } from '../../domain/records/reviewer-rating';
import type { Service } from '../../domain/records/service';
import type { FidelioDb } from '../app-db';
import { importedReviewerKey, readImportedReviewers } from './imported-reviewers';

/**
 * Where a file's reviewer goes: the service and review named in the file (created here when
 * missing), or an existing review of this device that the user said is the same visit.
 */
export type ImportTarget = { kind: 'as-in-file' } | { kind: 'same-visit'; reviewId: string };

/** A review on this device that may be the file's visit, as the question to the user shows it. */
export interface SameVisitChoice {
  reviewId: string;
  serviceName: string;
  organisation: string;
  firstDay: string;
  lastDay: string;
}

export interface FileImportPlan {
  /** The file as it will be written (moved to the chosen review when attached). */
  file: ReviewFile;
  deviceService: Service | undefined;
  deviceReview: Review | undefined;
  ratingPlan: RecordImportPlan<ReviewerRating>;
  statusPlan: RecordImportPlan<ReviewerStatus>;
  counts: ImportCounts;
  /** Scores or notes the device already has from this reviewer that the file would change. */
  changes: ScoreChange[];
  /** The reviewer is new on this device or came in a file before: theirs are read-only here. */
  isOtherTablets: boolean;
  /** No own reviewer of this device has finished (or revealed): the imported scores must not be shown yet. */
  isBlind: boolean;
  /** Asked when the file's service is not here and no target was chosen; empty otherwise. */
  sameVisit: SameVisitChoice[];
}

type Planned = { ok: true; plan: FileImportPlan } | { ok: false; problems: ReviewFileProblem[] };

async function chooseTarget(
  db: FidelioDb,
  file: ReviewFile,
  target: ImportTarget | undefined,
): Promise<{ ok: true; file: ReviewFile; sameVisit: SameVisitChoice[] } | { ok: false; problems: ReviewFileProblem[] }> {
  if (target?.kind === 'same-visit') {
    const review = await db.reviews.get(target.reviewId);
    const service = review && (await db.services.get(review.serviceId));
    if (!review || review.deletedAt || !service || service.deletedAt) return { ok: false, problems: [{ code: 'visit-not-found' }] };
    if (scaleKey(review.scaleId, review.scaleVersion) !== scaleKey(file.review.scaleId, file.review.scaleVersion))
      return { ok: false, problems: [{ code: 'visit-other-scale' }] };
    const reviewerId = reviewerByName(review, file.reviewer.reviewerName);
    if (!reviewerId) return { ok: false, problems: [{ code: 'visit-reviewer-missing', name: file.reviewer.reviewerName }] };
    return { ok: true, file: attachToReview(file, service, review, reviewerId), sameVisit: [] };
  }
  if (target || (await db.services.get(file.service.id))) return { ok: true, file, sameVisit: [] };
  const candidates = sameVisitCandidates(file, await db.services.toArray(), await db.reviews.toArray());
  const sameVisit = candidates.map(({ service, review }) => ({
    reviewId: review.id,
    serviceName: service.name,
    organisation: service.organisation,
    firstDay: review.firstDay,
    lastDay: review.lastDay,
  }));
  return { ok: true, file, sameVisit };
}

const ratingKey = (r: ReviewerRating) => `${r.reviewId}|${r.reviewerId}|${r.itemId}`;
const statusKey = (s: ReviewerStatus) => `${s.reviewId}|${s.reviewerId}`;

/**
 * Reads what the device holds and plans the import of one checked file, writing nothing. Called
 * inside a transaction over services, reviews, reviewerRatings, reviewerStatuses, scales and meta,
 * once for the preview and again in the import's own transaction (so the import does what the
 * device holds at that moment, all or nothing).
 */
export async function planFileImport(db: FidelioDb, original: ReviewFile, target: ImportTarget | undefined, at: string): Promise<Planned> {
  const chosen = await chooseTarget(db, original, target);
  if (!chosen.ok) return chosen;
  const { file, sameVisit } = chosen;
  const { service, review, reviewer, ratings } = file;
  const deviceService = await db.services.get(service.id);
  const deviceReview = await db.reviews.get(review.id);
  const problems: ReviewFileProblem[] = [];
  if (deviceService?.deletedAt) problems.push({ code: 'service-deleted' });
  if (deviceReview?.deletedAt) problems.push({ code: 'review-deleted' });
  if (deviceReview && deviceReview.serviceId !== service.id) problems.push({ code: 'review-of-other-service' });
  if (reviewerIndex(reviewer.reviewerId) >= (deviceReview ?? review).reviewers.length)
    problems.push({ code: 'reviewer-not-in-review', reviewerId: reviewer.reviewerId });
  // Every built-in version is always known (bundled); any other version must be stored here.
  const key = scaleKey(review.scaleId, review.scaleVersion);
  if (!deviceReview && !isBuiltInScaleKey(key) && !(await db.scales.get(key))) problems.push({ code: 'unknown-scale' });

  const byId = async <T extends { id: string }>(table: { bulkGet: (ids: string[]) => Promise<(T | undefined)[]> }, ids: string[]) =>
    new Map((await table.bulkGet(ids)).filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
  const ratingsById = await byId<ReviewerRating>(
    db.reviewerRatings,
    ratings.map((r) => r.id),
  );
  const statusesById = await byId<ReviewerStatus>(db.reviewerStatuses, [reviewer.id]);
  for (const foreign of foreignRecords(file, ratingsById, statusesById)) problems.push({ code: 'foreign-record', ...foreign });
  if (problems.length > 0) return { ok: false, problems };

  const sameReviewer = <T>(table: { where: (index: string) => { equals: (key: string[]) => { toArray: () => Promise<T[]> } } }) =>
    table.where('[reviewId+reviewerId]').equals([review.id, reviewer.reviewerId]).toArray();
  const existingRatings = [...(await sameReviewer<ReviewerRating>(db.reviewerRatings)), ...ratingsById.values()];
  const existingStatuses = await sameReviewer<ReviewerStatus>(db.reviewerStatuses);
  const ratingPlan = planRecordImport(existingRatings, ratings, ratingKey, at);
  const statusPlan = planRecordImport([...existingStatuses, ...statusesById.values()], [reviewer], statusKey, at);

  const imported = await readImportedReviewers(db);
  const hadReviewer = existingStatuses.some((s) => s.deletedAt === null);
  const isOtherTablets = !hadReviewer || imported.has(importedReviewerKey(review.id, reviewer.reviewerId));
  const ownStatuses = deviceReview
    ? (await db.reviewerStatuses.where('reviewId').equals(review.id).toArray()).filter(
        (s) => s.deletedAt === null && s.reviewerId !== reviewer.reviewerId && !imported.has(importedReviewerKey(review.id, s.reviewerId)),
      )
    : [];
  // Blind until this tablet's own reviewer has finished or chosen to see: with no own reviewer yet,
  // the person importing may be the second reviewer who has not started.
  const isBlind = isOtherTablets && !ownStatuses.some((s) => s.finishedAt !== null || s.revealedAt !== null);
  return {
    ok: true,
    plan: {
      file,
      deviceService,
      deviceReview,
      ratingPlan,
      statusPlan,
      counts: ratingPlan.counts,
      changes: scoreChanges(existingRatings, ratingPlan.toPut),
      isOtherTablets,
      isBlind,
      sameVisit,
    },
  };
}
