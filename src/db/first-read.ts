import { reviewScaleKey, type StoredScaleDefinition } from '../domain/fidelity/scale-definition';
import type { Rating, Recommendation, Review } from '../domain/records/review';
import type { Service } from '../domain/records/service';
import { STORED_SCHEMA_VERSION } from './schema-versions';

/*
 * The scoring screen's first read, with the bare IndexedDB API instead of Dexie (issue 15).
 * Opening the database through Dexie costs a slow tablet's main thread far more than the read
 * itself (its schema checks, middleware stacks and first transactions: ~70 ms at 4× CPU), and the
 * first screen would wait for all of it. The five reads the screen needs take none of it, and they
 * can be done before the app's JavaScript has even been evaluated (src/app/first-read-start.ts),
 * so the screen renders from them and Dexie opens behind it; its live queries take over.
 *
 * It imports only two code-free modules (the schema's versions, the scale's keys), so that script
 * stays small and runs first. Anything
 * unexpected answers null and leaves the start to Dexie's open and its checks: this read only
 * ever saves time, the app's own open decides.
 */

/** The app's database name (src/db/app-db.ts names its connection with it). */
export const APP_DATABASE_NAME = 'fidelio';

/** The records of one review's scoring screen, as stored (tombstones included). */
export interface StoredReviewScreen {
  review: Review;
  service: Service | undefined;
  scale: StoredScaleDefinition | undefined;
  ratings: Rating[];
  recommendations: Recommendation[];
}

/**
 * Opens an existing database with the bare API, whatever its version; null when there is none
 * (it is not created) or it cannot be opened. The connection closes itself at once if another one
 * needs it gone (an upgrade, a deletion), so it can never hold up Dexie.
 */
export function openExistingDatabase(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    // No version given: a database that does not exist would be created; abort that instead.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const idb = request.result;
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
  });
}

/**
 * Reads a review's scoring-screen records over `connection` and closes it. Only a database at
 * STORED_SCHEMA_VERSION (the version Dexie gives the app's newest schema) is read: an older one
 * that an upgrade will change, or a newer one, answers null.
 */
export async function readStoredReviewScreen(
  connection: Promise<IDBDatabase | null>,
  reviewId: string,
): Promise<StoredReviewScreen | null> {
  const idb = await connection;
  if (!idb) return null;
  try {
    return idb.version === STORED_SCHEMA_VERSION ? await readIn(idb, reviewId) : null;
  } catch {
    // A store or an index missing from what the version promised, or a closed connection.
    return null;
  } finally {
    idb.close();
  }
}

function readIn(idb: IDBDatabase, reviewId: string): Promise<StoredReviewScreen | null> {
  return new Promise((resolve) => {
    const tx = idb.transaction(['reviews', 'services', 'scales', 'ratings', 'recommendations'], 'readonly');
    const read: Partial<StoredReviewScreen> = {};
    const getReview = tx.objectStore('reviews').get(reviewId);
    getReview.onsuccess = () => {
      const review = getReview.result as Review | undefined;
      if (!review) return;
      read.review = review;
      const getService = tx.objectStore('services').get(review.serviceId);
      getService.onsuccess = () => (read.service = getService.result as Service | undefined);
      const getScale = tx.objectStore('scales').get(reviewScaleKey(review));
      getScale.onsuccess = () => (read.scale = getScale.result as StoredScaleDefinition | undefined);
    };
    const getRatings = tx.objectStore('ratings').index('reviewId').getAll(reviewId);
    getRatings.onsuccess = () => (read.ratings = getRatings.result as Rating[]);
    const getRecommendations = tx.objectStore('recommendations').index('reviewId').getAll(reviewId);
    getRecommendations.onsuccess = () => (read.recommendations = getRecommendations.result as Recommendation[]);
    tx.oncomplete = () => {
      const { review, ratings, recommendations } = read;
      resolve(review && ratings && recommendations ? { review, service: read.service, scale: read.scale, ratings, recommendations } : null);
    };
    // An error aborts the transaction: abort is where it ends either way.
    tx.onabort = () => resolve(null);
  });
}
