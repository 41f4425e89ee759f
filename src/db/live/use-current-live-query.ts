import { useEffect, useState } from 'react';
import type { FidelioDb } from '../app-db';
import { loadAppDb } from '../load-app-db';

interface Answer<T> {
  about: readonly unknown[];
  value: T;
}

/**
 * Dexie's liveQuery as a hook: the answer of `querier` on the app's database, again after every
 * change that touches what it read. Its answer always belongs to the record it is about: a client
 * screen learns its service id only after reading the client, so for a moment "the staff of no
 * service" (an empty list) stood for the service's staff and the reassignment form picked
 * "unassigned" as its default coach. Here, when `about` changes (which client, service or
 * review), that moment is `undefined` — still loading — like the first load.
 *
 * `view` holds the arguments that only change how the same record is looked at (a week, a
 * period): while they change, the previous answer stays until the new one arrives, so stepping to
 * the previous week does not blank the screen and lose the focus on its button. A seed (a result
 * already read) counts for the first arguments only.
 *
 * Not dexie-react-hooks' useLiveQuery, which this replaced: that module imports Dexie, so every
 * screen's first render waited for Dexie to load. Here Dexie is loaded (loadAppDb) when the
 * hook subscribes, after the render, and the database is handed to `querier`. An error of the
 * query is thrown in the render, for the screen's error boundary, as useLiveQuery did.
 */
export function useCurrentLiveQuery<T>(
  querier: (db: FidelioDb) => Promise<T> | T,
  about: readonly unknown[],
  options: { view?: readonly unknown[]; seed?: T } = {},
): T | undefined {
  const { view = [], seed } = options;
  const [answer, setAnswer] = useState<Answer<T> | undefined>(seed === undefined ? undefined : { about, value: seed });
  const [error, setError] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    let subscription: { unsubscribe: () => void } | undefined;
    let isClosed = false;
    loadAppDb().then(
      ({ db, liveQuery }) => {
        if (isClosed) return;
        subscription = liveQuery(() => querier(db)).subscribe({
          next: (value) => {
            setError(null);
            setAnswer({ about, value });
          },
          error: (reason: unknown) => setError({ error: reason }),
        });
      },
      (reason: unknown) => !isClosed && setError({ error: reason }),
    );
    return () => {
      isClosed = true;
      subscription?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query runs again when what it is about or how it is viewed changes; a new querier closure for the same arguments is no reason to
  }, [...about, ...view]);
  if (error) throw error.error;
  return answer !== undefined && sameArguments(answer.about, about) ? answer.value : undefined;
}

function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
