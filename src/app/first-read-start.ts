import { APP_DATABASE_NAME, openExistingDatabase, readStoredReviewScreen, type StoredReviewScreen } from '../db/first-read';

/** The scoring screen's addresses: /reviews/<id> and /reviews/<id>/items/<item>. */
export const REVIEW_PATH = /^\/reviews\/([^/]+)(?:\/items\/[^/]+)?\/?$/;

export interface FirstRead {
  reviewId: string;
  records: Promise<StoredReviewScreen | null>;
}

// Started as this module is evaluated (issue 15). index.html loads it as a script of its own,
// ahead of the app's code (vite.config.ts, firstReadScript), so on the scoring screen the whole
// read is done while the browser still compiles the app's JavaScript, instead of after it has
// run; the app imports this same module and takes the read. (Under `vite` in development there
// is no separate script: main.tsx imports it first.) Only the scoring screen reads this way.
const reviewId = typeof indexedDB === 'undefined' ? undefined : REVIEW_PATH.exec(window.location.pathname)?.[1];
let firstRead: FirstRead | null = reviewId
  ? {
      reviewId,
      records: readStoredReviewScreen(openExistingDatabase(APP_DATABASE_NAME), reviewId),
    }
  : null;

/** The read started at start-up, once (null when none was started): whoever takes it uses it. */
export function takeFirstRead(): FirstRead | null {
  const taken = firstRead;
  firstRead = null;
  return taken;
}
