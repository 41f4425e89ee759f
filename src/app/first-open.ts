import { APP_DATABASE_NAME, openExistingDatabase } from '../db/first-read';

/** The scoring screen's addresses: /reviews/<id> and /reviews/<id>/items/<item>. */
export const REVIEW_PATH = /^\/reviews\/([^/]+)(?:\/items\/[^/]+)?\/?$/;

// Started as this module is evaluated, and main.tsx imports it before anything else: the bare
// open's round trip (~50 ms on a slow tablet) then passes while the rest of the app's JavaScript
// is evaluated, not after it. Only on the scoring screen, whose first read uses it (issue 15).
let firstConnection: Promise<IDBDatabase | null> | null =
  typeof indexedDB !== 'undefined' && REVIEW_PATH.test(window.location.pathname) ? openExistingDatabase(APP_DATABASE_NAME) : null;

/** The connection opened at start-up, once: whoever takes it reads with it or closes it. */
export function takeFirstConnection(): Promise<IDBDatabase | null> {
  const connection = firstConnection ?? Promise.resolve(null);
  firstConnection = null;
  return connection;
}
