import * as z from 'zod/mini';
import { DATA_SOURCES, ITEM_IDS, type ItemId } from '../fidelity/items';
import { IsoDateSchema, longText, RecordIdSchema, shortText, syncFields, TimestampSchema } from './base';

export const REVIEW_TYPES = ['self-assessment', 'external'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export const REVIEW_STATUSES = ['in-progress', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A fidelity review of one service: a site visit of one or two days, rated on one scale version. */
export const ReviewSchema = z.strictObject({
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
});
export type Review = z.infer<typeof ReviewSchema>;

export type ReviewDraft = Pick<Review, 'firstDay' | 'lastDay' | 'type' | 'reviewers'>;

/** One item's rating in a review: one record per item, so two devices never edit one array. */
export const RatingSchema = z.strictObject({
  ...syncFields,
  reviewId: RecordIdSchema,
  itemId: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  score: z.nullable(z.int().check(z.gte(1), z.lte(5))),
  notes: longText(),
  dataSources: z.array(z.enum(DATA_SOURCES)),
});
export type Rating = z.infer<typeof RatingSchema>;

/** A development recommendation (kehittämissuositus) attached to one item of a review. */
export const RecommendationSchema = z.strictObject({
  ...syncFields,
  reviewId: RecordIdSchema,
  itemId: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  text: longText(),
  priority: z.enum(PRIORITIES),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
