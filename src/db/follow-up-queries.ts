import { previousFinalReview } from '../domain/comparison/rounds';
import type { RecommendationFollowUp } from '../domain/records/follow-up';
import type { Recommendation, Review } from '../domain/records/review';
import type { FidelioDb } from './app-db';
import { getReview, listRecommendations, listReviewsOfService } from './queries';

/*
 * Reads for following up an earlier review's recommendations on the scoring screen (issue 6).
 * Kept apart from comparison-queries.ts so the scoring screen's bundle carries only these.
 */

/** Live follow-ups recorded in the review. */
export async function listFollowUps(db: FidelioDb, reviewId: string): Promise<RecommendationFollowUp[]> {
  return (await db.recommendationFollowUps.where('reviewId').equals(reviewId).toArray()).filter((f) => f.deletedAt === null);
}

export interface FollowUpContext {
  /** The earlier final review whose recommendations the review follows up. */
  previous: Review;
  recommendations: Recommendation[];
  followUps: RecommendationFollowUp[];
}

/**
 * What the review follows up: the previous final review of its service, that review's
 * recommendations and the follow-ups recorded so far. Null when the review is missing or has no
 * earlier final review.
 */
export async function getFollowUpContext(db: FidelioDb, reviewId: string): Promise<FollowUpContext | null> {
  const review = await getReview(db, reviewId);
  if (!review) return null;
  const previous = previousFinalReview(await listReviewsOfService(db, review.serviceId), review);
  if (!previous) return null;
  const [recommendations, followUps] = await Promise.all([listRecommendations(db, previous.id), listFollowUps(db, reviewId)]);
  return { previous, recommendations, followUps };
}
