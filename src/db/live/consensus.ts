import { useCurrentLiveQuery } from './use-current-live-query';
import type { ReviewerId, ReviewerRating, ReviewerStatus } from '../../domain/records/reviewer-rating';
import { db } from '../app-db';
import { importedReviewersOf } from '../repos/imported-reviewers';
import { listReviewerRatingRecords, listReviewerStatuses } from '../reviewer-ratings';

/** undefined while loading; every reviewer's live ratings of the review, item order then reviewer. */
export function useReviewerRatings(reviewId: string): ReviewerRating[] | undefined {
  return useCurrentLiveQuery(() => listReviewerRatingRecords(db, reviewId), [reviewId]);
}

/** undefined while loading; the review's reviewer statuses in reviewer order. */
export function useReviewerStatuses(reviewId: string): ReviewerStatus[] | undefined {
  return useCurrentLiveQuery(() => listReviewerStatuses(db, reviewId), [reviewId]);
}

/** undefined while loading; the review's reviewers whose ratings came here in their file (issue 14 #6). */
export function useImportedReviewers(reviewId: string): ReviewerId[] | undefined {
  return useCurrentLiveQuery(() => importedReviewersOf(db, reviewId), [reviewId]);
}
