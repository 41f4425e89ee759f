import { previousFinalReview } from '../domain/comparison/rounds';
import { scaleKey, type ScaleDefinition } from '../domain/fidelity/scale-definition';
import type { RatingsByItem } from '../domain/fidelity/scoring';
import type { Rating, Recommendation, Review } from '../domain/records/review';
import type { EvidenceSnapshot } from '../domain/records/review-evidence';
import type { Service } from '../domain/records/service';
import { findReviewEvidence } from './repos/review-evidence';
import type { FidelioDb } from './app-db';
import { getReview, getScale, getService, listRatings, listRecommendations, listReviewsOfService, ratingsByItem } from './queries';

/*
 * Reads for the fidelity report (issue 7). One query gathers everything, so the report never
 * shows one part of a review next to a stale part of another, and tombstones are skipped as in
 * queries.ts.
 */

export interface ReportInput {
  review: Review;
  service: Service;
  /** The scale version the review was rated against (never a later correction of it). */
  scale: ScaleDefinition;
  /** The review's own (consensus or single-reviewer) ratings, in the scale's order. */
  ratings: Rating[];
  byItem: RatingsByItem;
  recommendations: Recommendation[];
  /** The service's latest final review before this one, with its scores; null when none. */
  previous: { review: Review; byItem: RatingsByItem } | null;
  /** The evidence figures stored when the review was finalised (issue 5); null when none. */
  evidence: EvidenceSnapshot | null;
}

/** Null when the review, its service or its scale version is missing or deleted. */
export async function getReportInput(db: FidelioDb, reviewId: string): Promise<ReportInput | null> {
  const review = await getReview(db, reviewId);
  if (!review) return null;
  const [service, scale, ratings, recommendations, reviews, evidence] = await Promise.all([
    getService(db, review.serviceId),
    getScale(db, scaleKey(review.scaleId, review.scaleVersion)),
    listRatings(db, reviewId),
    listRecommendations(db, reviewId),
    listReviewsOfService(db, review.serviceId),
    findReviewEvidence(db, reviewId),
  ]);
  if (!service || !scale) return null;
  const earlier = previousFinalReview(reviews, review);
  const previous = earlier ? { review: earlier, byItem: ratingsByItem(await listRatings(db, earlier.id)) } : null;
  // A draft report shows no figures: until finalising they are not fixed.
  const snapshot = review.status === 'final' ? (evidence?.snapshot ?? null) : null;
  return { review, service, scale, ratings, byItem: ratingsByItem(ratings), recommendations, previous, evidence: snapshot };
}
