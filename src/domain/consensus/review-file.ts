import * as z from 'zod/mini';
import { ITEM_COUNT } from '../fidelity/scoring';
import type { RecordReason } from '../transfer/backup-format';
import { TimestampSchema } from '../records/base';
import { ReviewSchema } from '../records/review';
import { ReviewerRatingSchema, ReviewerStatusSchema, reviewerIndex } from '../records/reviewer-rating';
import { ServiceSchema } from '../records/service';
import { fieldIssues } from '../transfer/record-issues';
import { decodeUtf8, droppedKeyPaths, parseJsonSafely } from '../transfer/safe-json';

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
  | { code: 'too-large'; size: number; max: number }
  | { code: 'empty' }
  | { code: 'unreadable' }
  | { code: 'not-utf8' }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'wrong-format'; format: string }
  | { code: 'bad-version' }
  | { code: 'future-version'; version: number; supported: number }
  | { code: 'bad-exported-at' }
  | { code: 'unknown-field'; field: string }
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

type Envelope = Record<string, unknown> & { version: number };

/**
 * Upgrades of older file versions, by the version they start from (as the backup's UPGRADES in
 * transfer/restore-backup.ts): UPGRADES[n] turns a version-n file into version n+1. Version 1 is
 * the first released format, so there is nothing to upgrade yet.
 */
const UPGRADES: Record<number, (file: Envelope) => Envelope> = {};

const ENVELOPE_FIELDS = new Set(['format', 'version', 'exportedAt', ...REVIEW_FILE_PARTS]);
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkEnvelope(value: unknown): { ok: true; envelope: Envelope } | { ok: false; problems: ReviewFileProblem[] } {
  if (!isPlainObject(value)) return { ok: false, problems: [{ code: 'not-object' }] };
  if (value.format !== REVIEW_FILE_FORMAT) {
    return { ok: false, problems: [{ code: 'wrong-format', format: typeof value.format === 'string' ? value.format : '' }] };
  }
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problems: [{ code: 'bad-version' }] };
  if (version > REVIEW_FILE_VERSION) return { ok: false, problems: [{ code: 'future-version', version, supported: REVIEW_FILE_VERSION }] };
  return { ok: true, envelope: { ...value, version } };
}

function partProblems(part: ReviewFilePart, index: number | null, row: unknown, schema: z.ZodMiniType, dropped: WeakMap<object, string[]>): ReviewFileProblem[] {
  const at = { code: 'invalid-record', part, index } as const;
  const problems: ReviewFileProblem[] = droppedKeyPaths(row, dropped).map((path) => ({ ...at, path, reason: 'forbidden-key' }));
  const result = schema.safeParse(row);
  if (!result.success) problems.push(...fieldIssues(row, result.error.issues).map((issue) => ({ ...at, path: issue.path, ...issue.detail })));
  return problems;
}

/** The parts must tell one story: one service, its review, one of its reviewers, that reviewer's ratings. */
function consistencyProblems(file: ReviewFile): ReviewFileProblem[] {
  const { service, review, reviewer, ratings } = file;
  const problems: ReviewFileProblem[] = [];
  const mismatch = (part: ReviewFilePart, field: string, index: number | null = null) => problems.push({ code: 'mismatch', part, index, field });
  if (service.serviceId !== service.id) mismatch('service', 'serviceId');
  if (review.serviceId !== service.id) mismatch('review', 'serviceId');
  if (reviewer.serviceId !== service.id) mismatch('reviewer', 'serviceId');
  if (reviewer.reviewId !== review.id) mismatch('reviewer', 'reviewId');
  for (const part of ['service', 'review', 'reviewer'] as const) {
    if (file[part].deletedAt !== null) problems.push({ code: 'deleted-record', part });
  }
  if (reviewerIndex(reviewer.reviewerId) >= review.reviewers.length) problems.push({ code: 'reviewer-not-in-review', reviewerId: reviewer.reviewerId });
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
  const checked = checkEnvelope(value);
  if (!checked.ok) return checked;
  let envelope = checked.envelope;
  for (let version = envelope.version; version < REVIEW_FILE_VERSION; version += 1) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return { ok: false, problems: [{ code: 'bad-version' }] };
    envelope = upgrade(envelope);
  }
  const problems: ReviewFileProblem[] = Object.keys(envelope)
    .filter((field) => !ENVELOPE_FIELDS.has(field))
    .map((field) => ({ code: 'unknown-field', field }));
  if (!TimestampSchema.safeParse(envelope.exportedAt).success) problems.push({ code: 'bad-exported-at' });
  const single = { service: ServiceSchema, review: ReviewSchema, reviewer: ReviewerStatusSchema } as const;
  for (const part of ['service', 'review', 'reviewer'] as const) {
    if (envelope[part] === undefined) problems.push({ code: 'missing-part', part });
    else problems.push(...partProblems(part, null, envelope[part], single[part], dropped));
  }
  const { ratings } = envelope;
  if (ratings === undefined) problems.push({ code: 'missing-part', part: 'ratings' });
  else if (!Array.isArray(ratings)) problems.push({ code: 'not-a-list' });
  else if (ratings.length > ITEM_COUNT) problems.push({ code: 'invalid-record', part: 'ratings', index: null, path: 'ratings', reason: 'too-long', max: ITEM_COUNT });
  else ratings.forEach((row, index) => problems.push(...partProblems('ratings', index, row, ReviewerRatingSchema, dropped)));
  if (problems.length > 0) return { ok: false, problems };

  const parsed = ReviewFileSchema.safeParse({ ...envelope, format: REVIEW_FILE_FORMAT, version: REVIEW_FILE_VERSION });
  if (!parsed.success) return { ok: false, problems: [{ code: 'not-object' }] };
  const consistency = consistencyProblems(parsed.data);
  return consistency.length > 0 ? { ok: false, problems: consistency } : { ok: true, file: parsed.data };
}

/** From a file's bytes to a checked review file, with the backup's safe decoding and parsing. */
export function readReviewFileBytes(bytes: Uint8Array): ReviewFileResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem.code === 'empty' ? { code: 'empty' } : { code: 'not-utf8' }] };
  const parsed = parseJsonSafely(decoded.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem.code === 'truncated' ? { code: 'truncated' } : { code: 'not-json' }] };
  return readReviewFile(parsed.value, parsed.dropped);
}
