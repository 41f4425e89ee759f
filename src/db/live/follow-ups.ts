import { useCurrentLiveQuery } from './use-current-live-query';
import { db } from '../app-db';
import { getFollowUpContext, type FollowUpContext } from '../follow-up-queries';

/** undefined while loading, null when the review has no earlier final review to follow up. */
export function useFollowUpContext(reviewId: string): FollowUpContext | null | undefined {
  return useCurrentLiveQuery(() => getFollowUpContext(db, reviewId), [reviewId]);
}
