import { useLiveQuery } from 'dexie-react-hooks';
import type { Rating, Review } from '../../domain/records/review';
import { db } from '../app-db';
import { getReview, getReviewScreen, listRatings, listReviewsOfService, type ReviewScreenData } from '../queries';

/** undefined while loading; newest visit first. */
export function useReviewsOfService(serviceId: string): Review[] | undefined {
  return useLiveQuery(() => listReviewsOfService(db, serviceId), [serviceId]);
}

/** undefined while loading, null when missing or deleted. */
export function useReview(id: string): Review | null | undefined {
  return useLiveQuery(() => getReview(db, id), [id]);
}

/** undefined while loading; in the scale's item order. */
export function useRatings(reviewId: string): Rating[] | undefined {
  return useLiveQuery(() => listRatings(db, reviewId), [reviewId]);
}

/** undefined while loading, null when the review is missing or deleted. */
export function useReviewScreen(reviewId: string): ReviewScreenData | null | undefined {
  return useLiveQuery(() => getReviewScreen(db, reviewId), [reviewId]);
}
