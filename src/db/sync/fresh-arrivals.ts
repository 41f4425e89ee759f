import type { SyncDoc } from './pouch-types';

/*
 * A first sync's documents straight into Dexie. The pull replication writes each batch into the
 * device's PouchDB; applying a batch used to read it back from there (a changes read with its
 * documents and their conflicts), while the replication wrote the next batch: on the bench's
 * largest service Dexie ended 5–7 s behind PouchDB. A batch whose every document was on this
 * device in no version at all (the replication's own revsDiff said so, ./quick-revs-diff.ts),
 * once each, and written without an error, holds exactly the winning revisions, none in conflict,
 * and nothing else changed the PouchDB meanwhile (the engine wrote nothing into it): those
 * documents as written are what a read would return, so they are applied as they are, with the
 * PouchDB's position after the write. Any other batch is read back as before.
 */
export interface FreshBatch {
  docs: SyncDoc[];
  /** The local PouchDB's update_seq right after the batch was written. */
  seq: number | string;
}

export interface FreshArrivalOptions {
  /** Whether a batch may be handed over (a first sync, the engine has not written into the PouchDB). */
  enabled(): boolean;
  /** A batch written as described above; called before the replication learns the write is done. */
  written(batch: FreshBatch): void;
}

type BulkRequest = { docs?: SyncDoc[]; new_edits?: boolean };
type BulkResult = { error?: unknown }[];

interface WritablePouch {
  bulkDocs(request: unknown, ...rest: unknown[]): Promise<BulkResult>;
  info(): Promise<{ update_seq: number | string }>;
}

/**
 * Watches a device PouchDB's replicated writes (see above). `neverHere` is to be called with the
 * ids each revsDiff found in no version on the device (quickRevsDiff's `onNeverHere`); `absent`
 * answers that question without reading, while `enabled()` holds (quickRevsDiff's `absent`).
 */
export function freshArrivals<T extends object>(
  pouch: T,
  options: FreshArrivalOptions,
): { pouch: T; neverHere(ids: Set<string>): void; absent(ids: readonly string[]): Set<string> | null } {
  const db = pouch as T & WritablePouch;
  const bulkDocs = db.bulkDocs.bind(db);
  let fresh: Set<string> | null = null;
  /** Every document id written through this PouchDB object (whatever wrote it). */
  const written = new Set<string>();

  db.bulkDocs = async (request: unknown, ...rest: unknown[]) => {
    const asked = fresh;
    fresh = null;
    const docs = Array.isArray(request) ? (request as SyncDoc[]) : (request as BulkRequest | null)?.docs;
    for (const doc of docs ?? []) if (typeof doc?._id === 'string') written.add(doc._id);
    // The replication's write: `{ docs, new_edits: false }` and a promise (PouchDB's replicate).
    const replicated =
      !Array.isArray(request) && (request as BulkRequest).new_edits === false && !rest.some((arg) => typeof arg === 'function');
    if (!replicated || !docs || !asked || !options.enabled()) return bulkDocs(request, ...rest);
    const batch = [...docs];
    const before = (await db.info()).update_seq;
    const results = await bulkDocs(request, ...rest);
    const ids = new Set(batch.map((doc) => doc._id));
    const whole =
      batch.length > 0 &&
      ids.size === batch.length &&
      batch.every((doc) => asked.has(doc._id) && typeof doc._rev === 'string') &&
      results.every((result) => !result.error);
    if (!whole || !options.enabled()) return results;
    // Each new document took one position, and nothing else was written meanwhile (another tab's
    // replication of the same PouchDB, say): otherwise the batch is read back.
    const after = (await db.info()).update_seq;
    if (typeof before === 'number' && after === before + batch.length) options.written({ docs: batch, seq: after });
    return results;
  };
  return {
    pouch,
    neverHere: (ids) => (fresh = ids),
    // A first sync on a device whose PouchDB of the service was empty when it began, written by
    // nothing but this replication: a document never written through here was never here.
    absent: (ids) => (options.enabled() ? new Set(ids.filter((id) => !written.has(id))) : null),
  };
}
