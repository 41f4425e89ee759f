import * as z from 'zod/mini';
import { ITEM_IDS, type ItemId } from '../fidelity/items';
import { longText, RecordIdSchema, shortText, syncFields, TimestampSchema } from './base';

/*
 * Independent ratings (issue 7, ips-fidelity.md §3): two reviewers rate each item on their own
 * before they agree a consensus. The consensus stays in the `ratings` table (what the total and
 * band come from); these are each reviewer's own records, one per reviewer per item, so two
 * tablets never edit the same record.
 */

/**
 * A reviewer is known by their place in the review's list of reviewers, which both tablets share
 * from the moment the review file travels: a name can be corrected without splitting a reviewer
 * in two, and choosing the same reviewer on two tablets meets in the same records.
 */
export const REVIEWER_IDS = ['reviewer-1', 'reviewer-2'] as const;
export type ReviewerId = (typeof REVIEWER_IDS)[number];

export function reviewerIdAt(index: number): ReviewerId | null {
  return REVIEWER_IDS[index] ?? null;
}

export function reviewerIndex(reviewerId: ReviewerId): number {
  return REVIEWER_IDS.indexOf(reviewerId);
}

export function isReviewerId(value: string): value is ReviewerId {
  return (REVIEWER_IDS as readonly string[]).includes(value);
}

const reviewerName = () => shortText().check(z.minLength(1));

/** One reviewer's own score (or none yet) and notes for one item of one review. */
export const ReviewerRatingSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    reviewerId: z.enum(REVIEWER_IDS),
    /** The name when last written, so a file or report reads on its own. */
    reviewerName: reviewerName(),
    itemId: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
    score: z.nullable(z.int().check(z.gte(1), z.lte(5))),
    notes: longText(),
  }),
);
export type ReviewerRating = z.infer<typeof ReviewerRatingSchema>;

/** Where one reviewer is with their rating of one review: one record per reviewer per review. */
export const ReviewerStatusSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    reviewId: RecordIdSchema,
    reviewerId: z.enum(REVIEWER_IDS),
    reviewerName: reviewerName(),
    /** When the reviewer said their rating is done; null while rating. */
    finishedAt: z.nullable(TimestampSchema),
    /** When the reviewer chose to see the other's scores before both had finished. */
    revealedAt: z.nullable(TimestampSchema),
  }),
);
export type ReviewerStatus = z.infer<typeof ReviewerStatusSchema>;
