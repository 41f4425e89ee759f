import * as z from 'zod/mini';
import { longText, RecordIdSchema, syncFields } from './base';

/** What became of a previous review's recommendation, as recorded in the next review. */
export const FOLLOW_UP_STATUSES = ['done', 'partly', 'not-done', 'no-longer-relevant'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * The follow-up of one recommendation of an earlier final review, recorded in a later review of the
 * same service: one record per (review, recommendation), so the earlier review stays untouched and
 * two reviewers following up different recommendations never edit the same record.
 */
export const RecommendationFollowUpSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    /** The review in which the follow-up was recorded (the newer one). */
    reviewId: RecordIdSchema,
    /** The recommendation of the earlier final review. */
    recommendationId: RecordIdSchema,
    status: z.enum(FOLLOW_UP_STATUSES),
    note: longText(),
  }),
);
export type RecommendationFollowUp = z.infer<typeof RecommendationFollowUpSchema>;
