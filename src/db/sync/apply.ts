import type { FidelioDb } from '../app-db';
import type { Change, LocalPouch } from './pouch-types';
import { checkArrivals, loadArrivalChecker, type Arrival, type RefusedArrival } from './arrival-check';
import { remoteConnection } from './remote-connection';
import { linkArrivedJobs } from './legacy-jobs';
import { isSyncedTable, parseDocId, RECORD_SCHEMA, SYNCED_TABLES } from './synced-tables';

/*
 * PouchDB → Dexie. Each change of the device's PouchDB (replication from the server, or this
 * device's own pushes) makes Dexie show the winning revision, through the connection that marks
 * nothing (no echo). A record with a change of its own still in the outbox is left alone: that
 * change is sent next, as a conflict if it was based on an older revision (./push.ts). A document
 * of a newer record format than this app knows stays in PouchDB untouched and is counted, so the
 * app can ask to be updated. A record that would break one of the app's invariants is refused the
 * same way and listed in words (./arrival-check.ts). Where the feed is, the conflicted and the held documents are kept in
 * syncState, in the same transaction as the records.
 */
export const seqKey = (serviceId: string) => `seq:${serviceId}`;
export const conflictsKey = (serviceId: string) => `conflicts:${serviceId}`;
export const heldKey = (serviceId: string) => `held:${serviceId}`;
/** Arrived documents that would break an invariant (./arrival-check.ts), with their problems. */
export const refusedKey = (serviceId: string) => `refused:${serviceId}`;

async function idSet(remote: FidelioDb, key: string): Promise<Set<string>> {
  const value = (await remote.syncState.get(key))?.value;
  return new Set(Array.isArray(value) ? (value as string[]) : []);
}

/** Applies one batch of changes of a service's PouchDB and records the feed's position. */
export async function applyChanges(
  db: FidelioDb,
  serviceId: string,
  changes: readonly Change[],
  lastSeq: number | string,
): Promise<number> {
  const remote = remoteConnection(db);
  const checker = await loadArrivalChecker();
  // Opened first: a transaction that has to open the database lost its zone across the checker's
  // async steps on a fresh connection (PrematureCommitError in the unit tests).
  if (!remote.isOpen()) await remote.open();
  let applied = 0;
  const tables = [...SYNCED_TABLES.map((name) => remote.table(name)), remote.syncOutbox, remote.syncRevs, remote.syncState];
  await remote.transaction('rw', tables, async () => {
    const conflicts = await idSet(remote, conflictsKey(serviceId));
    const held = await idSet(remote, heldKey(serviceId));
    const refused = new Map(
      ((await remote.syncState.get(refusedKey(serviceId)))?.value as RefusedArrival[] | undefined)?.map((r) => [r.key, r]) ?? [],
    );
    const arrivals = new Map<string, Arrival & { rev: string }>();
    for (const { doc } of changes) {
      const key = doc && parseDocId(doc._id);
      if (!doc || !key || !isSyncedTable(key.table) || doc._deleted) continue;
      refused.delete(doc._id);
      arrivals.delete(doc._id);
      if (doc._conflicts?.length) conflicts.add(doc._id);
      else conflicts.delete(doc._id);
      if (typeof doc.schema !== 'number' || doc.schema > RECORD_SCHEMA) {
        held.add(doc._id);
        continue;
      }
      held.delete(doc._id);
      const record = doc.record;
      // Only the service's own records, and only as the contract shapes them.
      if (!record || record.id !== key.id || record.serviceId !== serviceId || doc.table !== key.table) continue;
      if (await remote.syncOutbox.get(doc._id)) continue;
      if ((await remote.syncRevs.get(doc._id))?.rev === doc._rev) continue;
      arrivals.set(doc._id, { key: doc._id, table: key.table, record, rev: doc._rev! });
    }
    // A job from a device not yet on record format 3 names its employer as text (./legacy-jobs.ts).
    await linkArrivedJobs(remote, serviceId, arrivals.values());
    const { accepted, refused: refusedNow } = await checkArrivals(remote, [...arrivals.values()], checker);
    for (const entry of refusedNow) refused.set(entry.key, entry);
    for (const arrival of accepted) {
      await remote.table(arrival.table).put(arrival.record);
      await remote.syncRevs.put({ key: arrival.key, rev: arrivals.get(arrival.key)!.rev });
      applied += 1;
    }
    await remote.syncState.bulkPut([
      { key: conflictsKey(serviceId), value: [...conflicts].sort() },
      { key: heldKey(serviceId), value: [...held].sort() },
      { key: refusedKey(serviceId), value: [...refused.values()].sort((a, b) => a.key.localeCompare(b.key)) },
      { key: seqKey(serviceId), value: lastSeq },
    ]);
  });
  return applied;
}

/**
 * Catches Dexie up with everything in the service's PouchDB since the stored position. The records
 * refused so far are tried again with each new batch (their current winner): what they lacked may
 * have arrived.
 */
export async function applyPending(db: FidelioDb, serviceId: string, pouch: LocalPouch): Promise<number> {
  let applied = 0;
  for (;;) {
    const state = remoteConnection(db).syncState;
    const since = ((await state.get(seqKey(serviceId)))?.value as number | string | undefined) ?? 0;
    const { results, last_seq } = await pouch.changes({ since, include_docs: true, conflicts: true, limit: 500, return_docs: true });
    if (results.length === 0) return applied;
    const refused = ((await state.get(refusedKey(serviceId)))?.value as RefusedArrival[] | undefined) ?? [];
    const again =
      refused.length === 0 ? [] : (await pouch.allDocs({ keys: refused.map((r) => r.key), include_docs: true, conflicts: true })).rows;
    const retried: Change[] = again.flatMap((row) => (row.doc ? [{ id: row.key, seq: 0, doc: row.doc }] : []));
    applied += await applyChanges(db, serviceId, [...retried, ...results], last_seq);
  }
}
