import type { FidelioDb } from '../app-db';
import type { Change, LocalPouch, SyncDoc } from './pouch-types';
import { checkArrivals, loadArrivalChecker, type Arrival, type RefusedArrival } from './arrival-check';
import { remoteConnection } from './remote-connection';
import { storedAmong } from './stored-among';
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
    const candidates = new Map<string, Arrival & { rev: string }>();
    const removed = new Map<string, { table: string; id: string }>();
    for (const { doc } of changes) {
      const key = doc && parseDocId(doc._id);
      if (!doc || !key || !isSyncedTable(key.table)) continue;
      removed.delete(doc._id);
      if (doc._deleted) {
        // Removed on another device (an erased client's history, a refused new record dropped):
        // removed here too, unless this device has its own change of it waiting to be sent.
        for (const list of [refused, candidates, held, conflicts]) list.delete(doc._id);
        removed.set(doc._id, key);
        continue;
      }
      refused.delete(doc._id);
      candidates.delete(doc._id);
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
      candidates.set(doc._id, { key: doc._id, table: key.table, record, rev: doc._rev! });
    }
    // The outbox's keys in one read (it is mostly empty), the synced revisions in one bulk read: a
    // read of each per document made a first sync's 13,000 documents 26,000 requests.
    const keys = [...candidates.keys()];
    const [marked, synced] = await Promise.all([remote.syncOutbox.toCollection().primaryKeys(), storedAmong(remote.syncRevs, keys)]);
    const waiting = new Set<string>(marked);
    const arrivals = new Map<string, Arrival & { rev: string }>();
    keys.forEach((key, index) => {
      const arrival = candidates.get(key)!;
      // A change of this device's own still waits to be sent; or Dexie already shows this revision.
      if (waiting.has(key) || synced[index]?.rev === arrival.rev) return;
      arrivals.set(key, arrival);
    });
    // A job from a device not yet on record format 3 names its employer as text (./legacy-jobs.ts).
    await linkArrivedJobs(remote, serviceId, arrivals.values());
    const { accepted, refused: refusedNow } = await checkArrivals(remote, [...arrivals.values()], checker);
    for (const entry of refusedNow) refused.set(entry.key, entry);
    for (const [docKey, { table, id }] of removed) {
      if (waiting.has(docKey)) continue;
      await remote.table(table).delete(id);
      await remote.syncRevs.delete(docKey);
    }
    const byTable = new Map<string, Record<string, unknown>[]>();
    for (const { table, record } of accepted) {
      if (!byTable.has(table)) byTable.set(table, []);
      byTable.get(table)!.push(record);
    }
    for (const [table, records] of byTable) await remote.table(table).bulkPut(records);
    await remote.syncRevs.bulkPut(accepted.map(({ key }) => ({ key, rev: arrivals.get(key)!.rev })));
    applied = accepted.length;
    await remote.syncState.bulkPut([
      { key: conflictsKey(serviceId), value: [...conflicts].sort() },
      { key: heldKey(serviceId), value: [...held].sort() },
      { key: refusedKey(serviceId), value: [...refused.values()].sort((a, b) => a.key.localeCompare(b.key)) },
      { key: seqKey(serviceId), value: laterSeq((await remote.syncState.get(seqKey(serviceId)))?.value, lastSeq) },
    ]);
  });
  return applied;
}

/**
 * The later of two positions of the feed: a batch handed over by the replication (applyArrived) may
 * be applied after a read of the feed that already went past it, which must not be read again.
 */
function laterSeq(stored: unknown, seq: number | string): number | string {
  return typeof stored === 'number' && typeof seq === 'number' && stored > seq ? stored : seq;
}

/** The current winners of the records refused so far, to be tried again with the next batch. */
async function refusedAgain(db: FidelioDb, serviceId: string, pouch: LocalPouch): Promise<Change[]> {
  const refused = ((await remoteConnection(db).syncState.get(refusedKey(serviceId)))?.value as RefusedArrival[] | undefined) ?? [];
  if (refused.length === 0) return [];
  const { rows } = await pouch.allDocs({ keys: refused.map((r) => r.key), include_docs: true, conflicts: true });
  return rows.flatMap((row) => (row.doc ? [{ id: row.key, seq: 0, doc: row.doc }] : []));
}

/**
 * Applies a batch the pull replication has just written, as written (./fresh-arrivals.ts: each
 * document the only version of its record on the device), with the PouchDB's position after it.
 */
export async function applyArrived(
  db: FidelioDb,
  serviceId: string,
  pouch: LocalPouch,
  docs: readonly SyncDoc[],
  seq: number | string,
): Promise<number> {
  // A read of the feed already went past this batch (its winners then, maybe newer than these).
  const stored = (await remoteConnection(db).syncState.get(seqKey(serviceId)))?.value;
  if (typeof stored === 'number' && typeof seq === 'number' && stored >= seq) return 0;
  const arrived: Change[] = docs.map((doc) => ({ id: doc._id, seq: 0, doc }));
  return applyChanges(db, serviceId, [...(await refusedAgain(db, serviceId, pouch)), ...arrived], seq);
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
    const { results, last_seq } = await pouch.changes({ since, include_docs: true, conflicts: true, limit: 2000, return_docs: true });
    if (results.length === 0) return applied;
    applied += await applyChanges(db, serviceId, [...(await refusedAgain(db, serviceId, pouch)), ...results], last_seq);
  }
}
