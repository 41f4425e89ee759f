import { onePerNaturalKey } from '../domain/integrity/natural-keys';
import { ITEM_IDS, type ItemId } from '../domain/fidelity/items';
import { reviewScaleKey, withAllLocales, type ScaleDefinition, type StoredScaleDefinition } from '../domain/fidelity/scale-definition';
import { totalScore, type RatingsByItem } from '../domain/fidelity/scoring';
import type { Rating, Recommendation, Review, ReviewStatus } from '../domain/records/review';
import type { Service } from '../domain/records/service';
import type { FidelioDb } from './app-db';
import type { StoredReviewScreen } from './first-read';
import { compareFinnish, compareOrdinal } from '../domain/collation';
import { isLive } from '../domain/records/limits';

/*
 * Reads for the live hooks, as plain async functions so they can be tested without React.
 * Every read skips tombstones. Single-record reads return null (not undefined) when the record is
 * missing or deleted, because the live queries (useCurrentLiveQuery) use undefined for "still loading".
 * Tombstones are dropped after reading, not with Dexie's filter(): a filter makes Dexie walk a
 * cursor record by record instead of one getAll, which is many times slower on a large table.
 */

const itemOrder = new Map<ItemId, number>(ITEM_IDS.map((id, index) => [id, index]));
const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Live services by name, in Finnish alphabetical order (å, ä, ö after z). */
export async function listServices(db: FidelioDb): Promise<Service[]> {
  const services = (await db.services.toArray()).filter(isLive);
  return services.sort((a, b) => compareFinnish(a.name, b.name));
}

export async function getService(db: FidelioDb, id: string): Promise<Service | null> {
  const service = await db.services.get(id);
  return service && isLive(service) ? service : null;
}

/** The service's live reviews, newest visit first. */
export async function listReviewsOfService(db: FidelioDb, serviceId: string): Promise<Review[]> {
  const reviews = await db.reviews.where('[serviceId+firstDay]').between([serviceId, ''], [serviceId, '\uffff']).toArray();
  return reviews.filter(isLive).reverse();
}

export async function getReview(db: FidelioDb, id: string): Promise<Review | null> {
  const review = await db.reviews.get(id);
  return review && isLive(review) ? review : null;
}

/** The review's live ratings in the scale's item order. */
export async function listRatings(db: FidelioDb, reviewId: string): Promise<Rating[]> {
  return liveRatingsInOrder(await db.ratings.where('reviewId').equals(reviewId).toArray());
}

/** The live ones of a review's stored ratings, in the scale's item order. */
export function liveRatingsInOrder(stored: Rating[]): Rating[] {
  return stored.filter(isLive).sort((a, b) => (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0));
}

/** The review's live recommendations by item order, then priority, then creation. */
export async function listRecommendations(db: FidelioDb, reviewId: string): Promise<Recommendation[]> {
  return liveRecommendationsInOrder(await db.recommendations.where('reviewId').equals(reviewId).toArray());
}

/** The live ones of a review's stored recommendations, in the order listRecommendations gives. */
export function liveRecommendationsInOrder(stored: Recommendation[]): Recommendation[] {
  return stored
    .filter(isLive)
    .sort(
      (a, b) =>
        (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0) ||
        PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
        compareOrdinal(a.createdAt, b.createdAt),
    );
}

/**
 * The stored scale version, with every language filled in (a version older than a language shows
 * its own Finnish wording there). For a built-in version it falls back to the bundled definition,
 * so a failed seed (e.g. a full disk at startup) or a review file of an older version never leaves
 * a review without its items.
 */
export async function getScale(db: FidelioDb, key: string): Promise<ScaleDefinition | null> {
  return scaleOrBundled(await db.scales.get(key), key);
}

/** The stored scale version `key` (or the bundled one when it is not stored), every language filled in. */
export async function scaleOrBundled(stored: StoredScaleDefinition | undefined, key: string): Promise<ScaleDefinition | null> {
  const scale = stored ?? (await import('../domain/fidelity/built-in-scale')).bundledScale(key);
  return scale ? withAllLocales(scale) : null;
}

export function ratingsByItem(ratings: readonly Rating[]): RatingsByItem {
  const byItem: RatingsByItem = {};
  // At most one rating per item counts, chosen by the same rule everywhere (issue 14 #1): a second
  // copy of an item must never decide a total by the order the database happens to return.
  for (const rating of onePerNaturalKey('ratings', ratings)) byItem[rating.itemId] = rating.score;
  return byItem;
}

export interface LatestReviewSummary {
  reviewId: string;
  firstDay: string;
  status: ReviewStatus;
  total: number;
  rated: number;
  isComplete: boolean;
}

export interface ServiceSummary {
  service: Service;
  /** The review with the latest first day, or null when the service has none. */
  latestReview: LatestReviewSummary | null;
}

/** Each live service (by name) with the score of its latest live review. */
export async function listServiceSummaries(db: FidelioDb): Promise<ServiceSummary[]> {
  const services = await listServices(db);
  return Promise.all(
    services.map(async (service): Promise<ServiceSummary> => {
      const [latest] = await listReviewsOfService(db, service.id);
      if (!latest) return { service, latestReview: null };
      const score = totalScore(ratingsByItem(await listRatings(db, latest.id)));
      return {
        service,
        latestReview: { reviewId: latest.id, firstDay: latest.firstDay, status: latest.status, ...score },
      };
    }),
  );
}

export interface ReviewScreenData {
  review: Review;
  service: Service | null;
  ratings: Rating[];
  recommendations: Recommendation[];
  scale: ScaleDefinition | null;
}

/** The review, its service and its scale: what the scoring screen shows around the scores. */
export interface ReviewHead {
  review: Review;
  service: Service | null;
  scale: ScaleDefinition | null;
}

/** null when the review is missing or deleted. A score's write does not change it (another table). */
export async function getReviewHead(db: FidelioDb, reviewId: string): Promise<ReviewHead | null> {
  const review = await getReview(db, reviewId);
  if (!review) return null;
  const [service, scale] = await Promise.all([getService(db, review.serviceId), getScale(db, reviewScaleKey(review))]);
  return { review, service, scale };
}

/**
 * What getReviewHead, listRatings and listRecommendations answer, made from the records as stored
 * (src/db/first-read.ts reads them before Dexie is open). null when the review is deleted or its
 * scale version is neither stored nor bundled: the screen then reads through Dexie as usual.
 */
export async function reviewScreenFromStored(
  stored: StoredReviewScreen,
): Promise<{ head: ReviewHead; ratings: Rating[]; recommendations: Recommendation[] } | null> {
  const { review, service } = stored;
  if (!isLive(review)) return null;
  const scale = await scaleOrBundled(stored.scale, reviewScaleKey(review));
  if (!scale) return null;
  return {
    head: { review, service: service && isLive(service) ? service : null, scale },
    ratings: liveRatingsInOrder(stored.ratings),
    recommendations: liveRecommendationsInOrder(stored.recommendations),
  };
}

/**
 * Everything the scoring screen shows, read in one go: one live query means one render when the
 * screen opens (five separate ones rendered the whole screen five times on a slow tablet).
 */
export async function getReviewScreen(db: FidelioDb, reviewId: string): Promise<ReviewScreenData | null> {
  const review = await getReview(db, reviewId);
  if (!review) return null;
  const [service, ratings, recommendations, scale] = await Promise.all([
    getService(db, review.serviceId),
    listRatings(db, reviewId),
    listRecommendations(db, reviewId),
    getScale(db, reviewScaleKey(review)),
  ]);
  return { review, service, ratings, recommendations, scale };
}
