import type * as AppDbModule from './app-db';

let loading: Promise<typeof AppDbModule> | null = null;

/**
 * The app's database module, and Dexie with it, loaded when first asked for instead of with the
 * start's JavaScript (issue 15): the scoring screen renders from the first read
 * (src/db/first-read.ts) before Dexie is needed, and Dexie's 31 kB gzip fetched, compiled and
 * evaluated first held its first choice back by ~100 ms at 4× CPU. The first call starts the
 * download; a failed one (offline, no cached copy) is tried again on the next call.
 */
export function loadAppDb(): Promise<typeof AppDbModule> {
  loading ??= import('./app-db').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Runs `use` with the app's database once its module is loaded: a write made from the first screen. */
export function withAppDb<T>(use: (db: AppDbModule.FidelioDb) => Promise<T>): Promise<T> {
  return loadAppDb().then(({ db }) => use(db));
}
