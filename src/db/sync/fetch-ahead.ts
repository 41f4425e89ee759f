/*
 * A first sync's pull replication works batch by batch, strictly in turn: the device's revsDiff,
 * the documents from the server (_bulk_get), the local write, the checkpoints, then the next
 * batch. While the server builds a batch's documents the device waits, and while the device writes
 * them the server idles. On an empty device every revision a batch of the server's changes names
 * is missing here, so the next batch's _bulk_get request is known as soon as its changes are: it
 * is asked for while the current batch is written, one batch ahead at most. PouchDB's own request
 * then gets that answer if it is the same request; anything else (a document the device already
 * had, a failed fetch) goes to the server as usual. Revisions never change, so an answer fetched a
 * moment early holds the same documents; `latest` may then name an older leaf, whose successor
 * comes in a later batch as it would have anyway.
 */
type BulkGetRequest = { docs: { id: string; rev: string }[]; revs?: boolean; latest?: boolean };
type ChangesResult = { results: { id: string; changes: { rev: string }[] }[] };

interface FetchablePouch {
  bulkGet(request: BulkGetRequest, ...rest: unknown[]): Promise<unknown>;
  changes(options: { live?: boolean }, ...rest: unknown[]): PromiseLike<ChangesResult>;
}

/**
 * Fetches a first sync's next batch ahead while `enabled()` holds (see above); after anything
 * unforeseen it stops for the rest of this replication. Returns the same database.
 */
export function fetchAhead<T extends object>(remote: T, enabled: () => boolean): T {
  const db = remote as T & FetchablePouch;
  const bulkGet = db.bulkGet.bind(db);
  const changes = db.changes.bind(db);
  const keyOf = (docs: BulkGetRequest['docs']) => JSON.stringify(docs);
  /** Requests foreseen from the server's changes and not fetched yet, in the order the batches come. */
  const foreseen: { key: string; docs: BulkGetRequest['docs'] }[] = [];
  let ahead: { key: string; answer: Promise<unknown> } | null = null;
  let lastAsked: string | null = null;
  let off = false;

  const fetchNext = () => {
    const next = off || !enabled() ? undefined : foreseen.shift();
    ahead = next ? { key: next.key, answer: bulkGet({ docs: next.docs, revs: true, latest: true }).catch(() => null) } : null;
  };
  const stop = () => {
    off = true;
    ahead = null;
    foreseen.length = 0;
  };

  db.changes = (options, ...rest) => {
    const feed = changes(options, ...rest);
    if (!options.live && rest.length === 0 && !off && enabled())
      feed.then(
        ({ results }) => {
          // A feed cancelled with its replication (stopped, handed to another tab) answers no results.
          if (!Array.isArray(results)) return;
          const docs = results.flatMap(({ id, changes: revs }) => revs.map(({ rev }) => ({ id, rev })));
          const key = keyOf(docs);
          if (docs.length === 0 || key === lastAsked) return;
          foreseen.push({ key, docs });
          if (!ahead) fetchNext();
        },
        () => undefined,
      );
    return feed;
  };

  db.bulkGet = async (request, ...rest) => {
    if (rest.length > 0 || !request.revs || !request.latest) return bulkGet(request, ...rest);
    const key = (lastAsked = keyOf(request.docs));
    if (ahead?.key === key) {
      const { answer } = ahead;
      fetchNext();
      return (await answer) ?? bulkGet(request);
    }
    if (foreseen[0]?.key === key && !ahead) foreseen.shift();
    else if (ahead || foreseen.length > 0) stop(); // Not the request foreseen: the device had some of it.
    return bulkGet(request);
  };
  return remote;
}
