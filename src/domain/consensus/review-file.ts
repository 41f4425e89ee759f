import * as z from 'zod/mini';
import { ITEM_COUNT } from '../fidelity/scoring';
import type { RecordReason } from '../transfer/backup-format';
import { TimestampSchema } from '../records/base';
import { ReviewSchema } from '../records/review';
import { ReviewerRatingSchema, ReviewerStatusSchema, reviewerIndex } from '../records/reviewer-rating';
import { ServiceSchema } from '../records/service';
import { fieldIssues } from '../transfer/record-issues';
import { droppedKeyPaths } from '../transfer/safe-json';
import { parseFileBytes, readEnvelope, type FileFormat, type FileProblem } from '../transfer/versioned-file';

/*
 * The review file (issue 7): one reviewer's part of one review, moved between tablets by any
 * means (e-mail, USB, a shared drive). It carries the service and the review too, so a tablet
 * that has never seen the review can create it.
 */
export const REVIEW_FILE_FORMAT = 'fidelio-review-file';
/** Raise with an entry in UPGRADES below and a fixture in test/fixtures/review-files/. */
export const REVIEW_FILE_VERSION = 1;
/** One review with 25 long notes is well under 1 MB; anything far larger is not a review file. */
export const MAX_REVIEW_FILE_BYTES = 5 * 1000 * 1000;

export const ReviewFileSchema = z.strictObject({
  format: z.literal(REVIEW_FILE_FORMAT),
  version: z.literal(REVIEW_FILE_VERSION),
  exportedAt: TimestampSchema,
  service: ServiceSchema,
  review: ReviewSchema,
  reviewer: ReviewerStatusSchema,
  ratings: z.array(ReviewerRatingSchema).check(z.maxLength(ITEM_COUNT)),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

export const REVIEW_FILE_PARTS = ['service', 'review', 'reviewer', 'ratings'] as const;
export type ReviewFilePart = (typeof REVIEW_FILE_PARTS)[number];

/** Everything that can be wrong with a review file, as values the UI translates. */
export type ReviewFileProblem =
  | FileProblem
  | { code: 'missing-part'; part: ReviewFilePart }
  | { code: 'not-a-list' }
  | ({ code: 'invalid-record'; part: ReviewFilePart; index: number | null; path: string } & RecordReason)
  /** A record that belongs to another service, review or reviewer than the file's own. */
  | { code: 'mismatch'; part: ReviewFilePart; index: number | null; field: string }
  | { code: 'deleted-record'; part: ReviewFilePart }
  | { code: 'duplicate-item'; index: number; itemId: string }
  | { code: 'reviewer-not-in-review'; reviewerId: string }
  // What the device holds stops the import (checked in the import's transaction).
  | { code: 'service-deleted' }
  | { code: 'review-deleted' }
  | { code: 'review-of-other-service' }
  | { code: 'review-final' }
  | { code: 'unknown-scale' }
  // Issue 14 #6: a file may only add to or update its own review and reviewer.
  /** A record id the device already uses for a record of another service, review, reviewer or item. */
  | { code: 'foreign-record'; part: 'reviewer' | 'ratings'; index: number | null; field: string }
  /** The file would change scores or notes already here; the user must see them and say yes. */
  | { code: 'unconfirmed-changes'; count: number }
  /** The file's service is not here but a review of the same visit may be: the user must choose. */
  | { code: 'choose-visit' }
  | { code: 'visit-not-found' }
  | { code: 'visit-other-scale' }
  | { code: 'visit-reviewer-missing'; name: string };

export type ReviewFileResult = { ok: true; file: ReviewFile } | { ok: false; problems: ReviewFileProblem[] };

/**
 * The review file as one of Fidelio's versioned files (transfer/versioned-file.ts). Upgrades of older
 * versions go in `upgrades`; version 1 is the first released format, so there is nothing to upgrade yet.
 */
export const REVIEW_FILE: FileFormat = {
  format: REVIEW_FILE_FORMAT,
  version: REVIEW_FILE_VERSION,
  maxBytes: MAX_REVIEW_FILE_BYTES,
  fields: REVIEW_FILE_PARTS,
  upgrades: {},
};

function partProblems(
  part: ReviewFilePart,
  index: number | null,
  row: unknown,
  schema: z.ZodMiniType,
  dropped: WeakMap<object, string[]>,
): ReviewFileProblem[] {
  const at = { code: 'invalid-record', part, index } as const;
  const problems: ReviewFileProblem[] = droppedKeyPaths(row, dropped).map((path) => ({ ...at, path, reason: 'forbidden-key' }));
  const result = schema.safeParse(row);
  if (!result.success)
    problems.push(...fieldIssues(row, result.error.issues).map((issue) => ({ ...at, path: issue.path, ...issue.detail })));
  return problems;
}

/** The parts must tell one story: one service, its review, one of its reviewers, that reviewer's ratings. */
function consistencyProblems(file: ReviewFile): ReviewFileProblem[] {
  const { service, review, reviewer, ratings } = file;
  const problems: ReviewFileProblem[] = [];
  const mismatch = (part: ReviewFilePart, field: string, index: number | null = null) =>
    problems.push({ code: 'mismatch', part, index, field });
  if (service.serviceId !== service.id) mismatch('service', 'serviceId');
  if (review.serviceId !== service.id) mismatch('review', 'serviceId');
  if (reviewer.serviceId !== service.id) mismatch('reviewer', 'serviceId');
  if (reviewer.reviewId !== review.id) mismatch('reviewer', 'reviewId');
  for (const part of ['service', 'review', 'reviewer'] as const) {
    if (file[part].deletedAt !== null) problems.push({ code: 'deleted-record', part });
  }
  if (reviewerIndex(reviewer.reviewerId) >= review.reviewers.length)
    problems.push({ code: 'reviewer-not-in-review', reviewerId: reviewer.reviewerId });
  const seen = new Set<string>();
  ratings.forEach((rating, index) => {
    if (rating.serviceId !== service.id) mismatch('ratings', 'serviceId', index);
    if (rating.reviewId !== review.id) mismatch('ratings', 'reviewId', index);
    if (rating.reviewerId !== reviewer.reviewerId) mismatch('ratings', 'reviewerId', index);
    if (rating.deletedAt !== null) problems.push({ code: 'deleted-record', part: 'ratings' });
    if (seen.has(rating.itemId)) problems.push({ code: 'duplicate-item', index, itemId: rating.itemId });
    seen.add(rating.itemId);
  });
  return problems;
}

/**
 * Reads a parsed review file of any released version: checks the envelope, upgrades older
 * versions, checks every part against its strict schema and that the parts belong together.
 * Returns the file in the current version or EVERY problem found, each naming its part, record
 * and field (style.md, "Errors are values at the edges").
 */
export function readReviewFile(value: unknown, dropped: WeakMap<object, string[]> = new WeakMap()): ReviewFileResult {
  const checked = readEnvelope(value, REVIEW_FILE);
  if (!checked.ok) return checked;
  const { envelope } = checked;
  const problems: ReviewFileProblem[] = [...checked.problems];
  const single = { service: ServiceSchema, review: ReviewSchema, reviewer: ReviewerStatusSchema } as const;
  for (const part of ['service', 'review', 'reviewer'] as const) {
    if (envelope[part] === undefined) problems.push({ code: 'missing-part', part });
    else problems.push(...partProblems(part, null, envelope[part], single[part], dropped));
  }
  const { ratings } = envelope;
  if (ratings === undefined) problems.push({ code: 'missing-part', part: 'ratings' });
  else if (!Array.isArray(ratings)) problems.push({ code: 'not-a-list' });
  else if (ratings.length > ITEM_COUNT)
    problems.push({ code: 'invalid-record', part: 'ratings', index: null, path: 'ratings', reason: 'too-long', max: ITEM_COUNT });
  else ratings.forEach((row, index) => problems.push(...partProblems('ratings', index, row, ReviewerRatingSchema, dropped)));
  if (problems.length > 0) return { ok: false, problems };

  const parsed = ReviewFileSchema.safeParse({ ...envelope, format: REVIEW_FILE_FORMAT, version: REVIEW_FILE_VERSION });
  if (!parsed.success) return { ok: false, problems: [{ code: 'not-object' }] };
  const consistency = consistencyProblems(parsed.data);
  return consistency.length > 0 ? { ok: false, problems: consistency } : { ok: true, file: parsed.data };
}

/** From a file's bytes to a checked review file, through the same pipeline as a backup. */
export function readReviewFileBytes(bytes: Uint8Array): ReviewFileResult {
  const parsed = parseFileBytes(bytes);
  return parsed.ok ? readReviewFile(parsed.value, parsed.dropped) : parsed;
}
