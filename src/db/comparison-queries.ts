import type { Round } from '../domain/comparison/chart-series';
import type { ServiceRounds } from '../domain/comparison/overview';
import type { RecommendationFollowUp } from '../domain/records/follow-up';
import type { Recommendation, Review } from '../domain/records/review';
import type { FidelioDb } from './app-db';
import { listFollowUps } from './follow-up-queries';
import { listRatings, listRecommendations, listReviewsOfService, listServices, ratingsByItem } from './queries';

/*
 * Reads for comparing review rounds and the overview (issue 6). Like queries.ts,
 * every read skips tombstones and single-record reads return null when missing.
 */

export interface ReviewRound extends Round {
  review: Review;
}

/** Every live review of the service with its ratings, newest visit first. */
export async function listServiceRounds(db: FidelioDb, serviceId: string): Promise<ReviewRound[]> {
  const reviews = await listReviewsOfService(db, serviceId);
  return Promise.all(reviews.map(async (review) => ({ review, ratings: ratingsByItem(await listRatings(db, review.id)) })));
}

/** The baseline's recommendations and the follow-ups recorded for them in the compared review. */
export async function getPairFollowUps(
  db: FidelioDb,
  baselineId: string,
  comparedId: string,
): Promise<{ recommendations: Recommendation[]; followUps: RecommendationFollowUp[] }> {
  const [recommendations, followUps] = await Promise.all([listRecommendations(db, baselineId), listFollowUps(db, comparedId)]);
  return { recommendations, followUps };
}

/** Every live service with all its live review rounds, for the overview across services. */
export async function listOverviewInput(db: FidelioDb): Promise<ServiceRounds[]> {
  const services = await listServices(db);
  return Promise.all(
    services.map(async (service) => ({ serviceId: service.id, name: service.name, rounds: await listServiceRounds(db, service.id) })),
  );
}
