import * as z from 'zod/mini';
import type { ThinDataReason } from '../evidence/evidence-assessment';
import { CONTACT_LOG_REVIEWS, EVIDENCE_ITEMS, type EvidenceItemId } from '../evidence/evidence-input';
import { IsoDateSchema, RecordIdSchema, syncFields, TimestampSchema } from './base';

const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
const scoreSchema = () => z.literal(SCORE_VALUES);

export const PeriodSchema = z.lazy(() =>
  z
    .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
    .check(z.refine((p) => p.from <= p.to, { message: 'days-reversed', path: ['to'] })),
);

// Plain objects with a refinement rather than a discriminated union: every zod function used
// anywhere lands in the shared chunk the scoring screen loads, and its budget is tight. The cast
// says what the refinements check (the ThinDataReason union), which zod's inferred object type cannot.
const thinDataReasonSchema = () =>
  z
    .strictObject({
      kind: z.enum(['few-records', 'partial-period', 'no-contacts', 'old-records']),
      minimum: z.optional(z.int().check(z.positive())),
      trackedFrom: z.optional(IsoDateSchema),
      // With kind 'old-records' (no refinement of its own: the scoring screen's budget is tight).
      lastRecord: z.optional(IsoDateSchema),
    })
    .check(
      z.refine((reason) => (reason.kind === 'few-records') === (reason.minimum !== undefined), { message: 'minimum', path: ['minimum'] }),
      z.refine((reason) => (reason.kind === 'partial-period') === (reason.trackedFrom !== undefined), {
        message: 'tracked-from',
        path: ['trackedFrom'],
      }),
    ) as unknown as z.ZodMiniType<ThinDataReason>;

export const AssessedEvidenceSchema = z.lazy(() =>
  z.strictObject({
    value: z.number().check(z.refine(Number.isFinite, 'not-finite'), z.gte(0)),
    basis: z.int().check(z.gte(0)),
    suggestedScore: scoreSchema(),
    thin: z.array(thinDataReasonSchema()).check(z.maxLength(5)),
  }),
);

/** What the tracked data said when the review was finalised; later changes to the records never touch it. */
export const EvidenceSnapshotSchema = z.lazy(() =>
  z.strictObject({
    computedAt: TimestampSchema,
    /** The evidence-rules.md version that computed the figures; missing in snapshots of version 1. */
    rulesVersion: z.optional(z.int().check(z.gte(1), z.lte(99))),
    /** The service's contact log review when computed (rules version 2 caps services-6 by it). */
    contactLogReview: z.optional(z.nullable(z.enum(CONTACT_LOG_REVIEWS))),
    period: PeriodSchema,
    // Object.fromEntries loses the item ids as keys: the cast names them again.
    items: z.strictObject(
      Object.fromEntries(EVIDENCE_ITEMS.map((itemId) => [itemId, z.optional(AssessedEvidenceSchema)])),
    ) as unknown as z.ZodMiniType<Partial<Record<EvidenceItemId, z.infer<typeof AssessedEvidenceSchema>>>>,
  }),
);
export type EvidenceSnapshot = z.infer<typeof EvidenceSnapshotSchema>;

/** Snapshots stored before the rules had versions were computed with version 1. */
export const snapshotRulesVersion = (snapshot: Pick<EvidenceSnapshot, 'rulesVersion'>): number => snapshot.rulesVersion ?? 1;

/**
 * A review's evidence from tracked data (issue 5): the period the reviewer chose (null: the default
 * 12 months before the visit) and the snapshot taken at finalising. One record per review, kept
 * apart from the review so that reviews and backups from before evidence existed stay as they are.
 */
export const ReviewEvidenceSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    period: z.nullable(PeriodSchema),
    snapshot: z.nullable(EvidenceSnapshotSchema),
  }),
);
export type ReviewEvidence = z.infer<typeof ReviewEvidenceSchema>;

/**
 * Whether the score of one evidence item followed the suggestion shown when it was chosen: one record
 * per review and item, rewritten each time the score is set on the scoring screen. `score` tells
 * which score it speaks of, so a score later changed elsewhere (the consensus screen) is not
 * mistaken for a followed suggestion.
 */
export const RatingSuggestionSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    itemId: z.enum(EVIDENCE_ITEMS),
    /** The suggestion on screen when the score was set; null when none was shown. */
    suggestedScore: z.nullable(scoreSchema()),
    score: z.nullable(scoreSchema()),
    followed: z.boolean(),
  }),
);
export type RatingSuggestion = z.infer<typeof RatingSuggestionSchema>;
