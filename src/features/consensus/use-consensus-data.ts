import { scaleKey, type ScaleDefinition } from '../../domain/fidelity/scale-definition';
import type { Rating, Review } from '../../domain/records/review';
import { reviewerIdAt, type ReviewerId, type ReviewerRating, type ReviewerStatus } from '../../domain/records/reviewer-rating';
import type { Service } from '../../domain/records/service';
import { useImportedReviewers, useReviewerRatings, useReviewerStatuses } from '../../db/live/consensus';
import { useRatings, useReview } from '../../db/live/reviews';
import { useScale } from '../../db/live/scale';
import { useService } from '../../db/live/services';

export interface ReviewerEntry {
  reviewerId: ReviewerId;
  name: string;
  status: ReviewerStatus | null;
  ratings: ReviewerRating[];
  /** Issue 14 #6: rated on another tablet and imported from their file: read-only here. */
  isFromFile: boolean;
}

export interface ConsensusData {
  review: Review;
  service: Service | null;
  scale: ScaleDefinition;
  /** The consensus (or single-reviewer) ratings, in item order. */
  ratings: Rating[];
  /** The review's first two reviewers: independent rating is for a pair (ips-fidelity.md §3). */
  reviewers: ReviewerEntry[];
}

/** Everything the consensus screens read, live; undefined while loading, null when the review is gone. */
export function useConsensusData(reviewId: string): ConsensusData | null | undefined {
  const review = useReview(reviewId);
  const service = useService(review?.serviceId ?? '');
  const ratings = useRatings(reviewId);
  const statuses = useReviewerStatuses(reviewId);
  const reviewerRatings = useReviewerRatings(reviewId);
  const fromFile = useImportedReviewers(reviewId);
  const scale = useScale(review ? scaleKey(review.scaleId, review.scaleVersion) : '');
  if (review === null) return null;
  if (!review || service === undefined || !ratings || !statuses || !reviewerRatings || !fromFile || !scale) return undefined;
  const reviewers = review.reviewers.slice(0, 2).flatMap((name, index): ReviewerEntry[] => {
    const reviewerId = reviewerIdAt(index);
    if (!reviewerId) return [];
    return [
      {
        reviewerId,
        name,
        status: statuses.find((s) => s.reviewerId === reviewerId) ?? null,
        ratings: reviewerRatings.filter((r) => r.reviewerId === reviewerId),
        isFromFile: fromFile.includes(reviewerId),
      },
    ];
  });
  return { review, service, scale, ratings, reviewers };
}
