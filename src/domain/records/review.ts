import * as z from 'zod/mini';
import { DATA_SOURCES, ITEM_IDS, type ItemId } from '../fidelity/items';
import { isIsoDate } from '../dates';
import { draftProblems, type DraftProblems } from './draft-problems';
import { IsoDateSchema, longText, noIdentityCode, RecordIdSchema, SHORT_TEXT_MAX, shortText, syncFields, TimestampSchema } from './base';

export const REVIEW_TYPES = ['self-assessment', 'external'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export const REVIEW_STATUSES = ['in-progress', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A fidelity review of one service: a site visit of one or two days, rated on one scale version. */
export const ReviewSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    /** The scale definition the review is rated against; later text corrections never change it. */
    scaleId: RecordIdSchema,
    scaleVersion: z.int().check(z.positive()),
    firstDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    type: z.enum(REVIEW_TYPES),
    reviewers: z.array(shortText()).check(z.maxLength(10)),
    status: z.enum(REVIEW_STATUSES),
    finalisedAt: z.nullable(TimestampSchema),
  }),
);
export type Review = z.infer<typeof ReviewSchema>;

export type ReviewDraft = Pick<Review, 'firstDay' | 'lastDay' | 'type' | 'reviewers'>;

const reviewerName = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(SHORT_TEXT_MAX), noIdentityCode);

/**
 * What a person fills in to start a review or correct its details: the stored fields' own rules,
 * and those of a new visit (one or two named reviewers, the last day not before the first).
 * The forms' messages are derived from it (domain/records/draft-problems.ts).
 */
export const ReviewDraftSchema = z.lazy(() =>
  z
    .strictObject({
      firstDay: IsoDateSchema,
      lastDay: IsoDateSchema,
      type: z.enum(REVIEW_TYPES),
      reviewers: z.array(reviewerName()).check(z.minLength(1), z.maxLength(2)),
    })
    .check(
      z.refine((draft) => !isIsoDate(draft.firstDay) || !isIsoDate(draft.lastDay) || draft.firstDay <= draft.lastDay, {
        message: 'days-reversed',
        path: ['lastDay'],
        // Said beside the other fields' problems, not only once they are fixed.
        when: ({ value }) => typeof value === 'object' && value !== null,
      }),
    ),
);

/** One item's rating in a review: one record per item, so two devices never edit one array. */
export const RatingSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    itemId: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
    score: z.nullable(z.int().check(z.gte(1), z.lte(5))),
    notes: longText(),
    dataSources: z.array(z.enum(DATA_SOURCES)),
  }),
);
export type Rating = z.infer<typeof RatingSchema>;

/** A development recommendation (kehittämissuositus) attached to one item of a review. */
export const RecommendationSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    itemId: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
    text: longText(),
    priority: z.enum(PRIORITIES),
  }),
);
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** A review's details as its forms hold them: two reviewer fields, the second optional. */
export interface ReviewFields {
  firstDay: string;
  lastDay: string;
  type: ReviewType;
  reviewer1: string;
  reviewer2: string;
}

/** The draft a review's form saves, and what its fields break of ReviewDraftSchema, field by field. */
export function checkReviewFields(fields: ReviewFields): {
  draft: ReviewDraft;
  problems: DraftProblems<'firstDay' | 'lastDay' | 'reviewer1' | 'reviewer2'>;
} {
  const names = fields.reviewer2.trim() === '' ? [fields.reviewer1] : [fields.reviewer1, fields.reviewer2];
  const draft = { firstDay: fields.firstDay, lastDay: fields.lastDay, type: fields.type, reviewers: names.map((name) => name.trim()) };
  const found = draftProblems(ReviewDraftSchema, draft) as Record<string, DraftProblems<'x'>['x']>;
  return {
    draft,
    problems: {
      firstDay: found.firstDay,
      lastDay: found.lastDay,
      reviewer1: found['reviewers.0'] ?? found.reviewers,
      reviewer2: found['reviewers.1'],
    },
  };
}
