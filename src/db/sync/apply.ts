import type { FidelioDb } from '../app-db';
import type { Change, LocalPouch } from './pouch-types';
import { remoteConnection } from './remote-connection';
import { isSyncedTable, parseDocId, RECORD_SCHEMA, SYNCED_TABLES } from './synced-tables';

/*
 * PouchDB → Dexie. Each change of the device's PouchDB (replication from the server, or this
 * device's own pushes) makes Dexie show the winning revision, through the connection that marks
 * nothing (no echo). A record with a change of its own still in the outbox is left alone: that
 * change is sent next, as a conflict if it was based on an older revision (./push.ts). A document
 * of a newer record format than this app knows stays in PouchDB untouched and is counted, so the
 * app can ask to be updated. Where the feed is, the conflicted and the held documents are kept in
 * syncState, in the same transaction as the records.
 */
export const seqKey = (serviceId: string) => `seq:${serviceId}`;
export const conflictsKey = (serviceId: string) => `conflicts:${serviceId}`;
export const heldKey = (serviceId: string) => `held:${serviceId}`;

async function idSet(remote: FidelioDb, key: string): Promise<Set<string>> {
  const value = (await remote.syncState.get(key))?.value;
  return new Set(Array.isArray(value) ? (value as string[]) : []);
}

/** Applies one batch of changes of a service's PouchDB and records the feed's position. */
export async function applyChanges(db: FidelioDb, serviceId: string, changes: readonly Change[], lastSeq: number | string): Promise<number> {
  const remote = remoteConnection(db);
  let applied = 0;
  const tables = [...SYNCED_TABLES.map((name) => remote.table(name)), remote.syncOutbox, remote.syncRevs, remote.syncState];
  await remote.transaction('rw', tables, async () => {
    const conflicts = await idSet(remote, conflictsKey(serviceId));
    const held = await idSet(remote, heldKey(serviceId));
    for (const { doc } of changes) {
      const key = doc && parseDocId(doc._id);
      if (!doc || !key || !isSyncedTable(key.table) || doc._deleted) continue;
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
      await remote.table(key.table).put(record);
      await remote.syncRevs.put({ key: doc._id, rev: doc._rev! });
      applied += 1;
    }
    await remote.syncState.bulkPut([
      { key: conflictsKey(serviceId), value: [...conflicts].sort() },
      { key: heldKey(serviceId), value: [...held].sort() },
      { key: seqKey(serviceId), value: lastSeq },
    ]);
  });
  return applied;
}

/** Catches Dexie up with everything in the service's PouchDB since the stored position. */
export async function applyPending(db: FidelioDb, serviceId: string, pouch: LocalPouch): Promise<number> {
  let applied = 0;
  for (;;) {
    const since = ((await remoteConnection(db).syncState.get(seqKey(serviceId)))?.value as number | string | undefined) ?? 0;
    const { results, last_seq } = await pouch.changes({ since, include_docs: true, conflicts: true, limit: 500, return_docs: true });
    if (results.length === 0) return applied;
    applied += await applyChanges(db, serviceId, results, last_seq);
  }
}
