import { useLiveQuery } from 'dexie-react-hooks';

/**
 * dexie-react-hooks' useLiveQuery, except that its answer always belongs to the record it is
 * about. When its arguments change, useLiveQuery goes on returning the previous arguments' answer
 * until the new one arrives: a client screen learns its service id only after reading the client,
 * so for a moment "the staff of no service" (an empty list) stood for the service's staff and the
 * reassignment form picked "unassigned" as its default coach. Here, when `about` changes (which
 * client, service or review), that moment is `undefined` — still loading — like the first load.
 *
 * `view` holds the arguments that only change how the same record is looked at (a week, a
 * period): while they change, the previous answer stays until the new one arrives, so stepping to
 * the previous week does not blank the screen and lose the focus on its button. A seed (a result
 * already read) counts for the first arguments only.
 */
export function useCurrentLiveQuery<T>(
  querier: () => Promise<T> | T,
  about: readonly unknown[],
  options: { view?: readonly unknown[]; seed?: T } = {},
): T | undefined {
  const { view = [], seed } = options;
  const answer = useLiveQuery(
    async () => ({ about, value: await querier() }),
    [...about, ...view],
    seed === undefined ? undefined : { about, value: seed },
  );
  return answer !== undefined && sameArguments(answer.about, about) ? answer.value : undefined;
}

function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
