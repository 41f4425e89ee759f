import type { FidelioDb } from '../db/app-db';
import { prefetchReviewScreen, reviewScreenFromFirstRead, seedReviewScreen } from '../db/live/reviews';
import { REVIEW_PATH, type FirstRead } from './first-read-start';

/** A read at start-up never holds the first screen back longer than this. */
const DATA_PRELOAD_LIMIT_MS = 1_000;

/** `read`'s answer, or null when it fails or has not answered within the limit. */
function withinLimit<T>(read: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DATA_PRELOAD_LIMIT_MS)));
  return Promise.race([read.catch(() => null), limit]).finally(() => clearTimeout(timer));
}

/**
 * Once the database is open: reads the data of the scoring screen at `path`, if it is one, so
 * that its first render shows the item (not "loading" followed by a second render once its live
 * queries answer). Never fails, and gives up after a second: the screen then reads for itself.
 */
export async function preloadData(db: FidelioDb, path: string): Promise<void> {
  const reviewId = REVIEW_PATH.exec(path)?.[1];
  if (reviewId) await withinLimit(prefetchReviewScreen(db, reviewId));
}

/**
 * Before the database is open: the scoring screen's data from the read started as the app loaded
 * (src/app/first-read-start.ts), when one was. True when the screen can render from it without
 * waiting for the open; false (at the latest after the same second) when it cannot, and
 * preloadData is the way. A read that answers after the limit is dropped: by then the app has
 * opened and read for itself.
 */
export async function preloadDataBeforeOpen(first: FirstRead | null): Promise<boolean> {
  if (!first) return false;
  const read = await withinLimit(reviewScreenFromFirstRead(first.reviewId, first.records));
  if (read) seedReviewScreen(read);
  return read !== null;
}
