import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../app-db';
import { getFollowUpContext, type FollowUpContext } from '../follow-up-queries';

/** undefined while loading, null when the review has no earlier final review to follow up. */
export function useFollowUpContext(reviewId: string): FollowUpContext | null | undefined {
  return useLiveQuery(() => getFollowUpContext(db, reviewId), [reviewId]);
}
