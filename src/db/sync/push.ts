import type { FidelioDb, SyncOutboxEntry } from '../app-db';
import type { LocalPouch, SyncDoc, WriteResult } from './pouch-types';
import { remoteConnection } from './remote-connection';
import { RECORD_SCHEMA, SYNCED_TABLES } from './synced-tables';

/*
 * Outbox → PouchDB (sync contract: `_id` `<table>:<id>`, body `{ table, schema, record, owner }`).
 * An entry whose record was last synced at the revision PouchDB still has as its winner becomes a
 * normal edit on top of it. If PouchDB's winner is another revision (a remote edit arrived while
 * this change was waiting), the change is written as a sibling of the revision it was based on: a
 * kept conflict, never an overwrite; both devices then pick the same winner and the Conflicts list
 * shows the other.
 */
const BATCH = 200;

type Record_ = Record<string, unknown> & { id: string; serviceId: string };

const randomHex = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const generation = (rev: string) => Number.parseInt(rev.split('-')[0] ?? '0', 10);

function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface PushOptions {
  /** The signed-in user: the `owner` of what this device writes. */
  owner: string;
  /** The local PouchDB of each service this device keeps. */
  pouchFor: (serviceId: string) => LocalPouch | undefined;
}

/** Tombstones every losing version of a document; the winner stays. */
async function removeConflicts(pouch: LocalPouch, key: string): Promise<void> {
  const doc = await pouch.get(key, { conflicts: true }).catch(() => null);
  const losers = doc?._conflicts ?? [];
  if (losers.length > 0) await pouch.bulkDocs(losers.map((rev) => ({ _id: key, _rev: rev, _deleted: true })));
}

/** Removes a document, every version of it: true when nothing of it is left (or never was). */
async function removeEverywhere(pouch: LocalPouch, key: string): Promise<boolean> {
  await removeConflicts(pouch, key);
  const doc = await pouch.get(key).catch(() => null);
  if (!doc?._rev) return true;
  const [result] = await pouch.bulkDocs([{ _id: key, _rev: doc._rev, _deleted: true }]);
  return !!result && result.ok !== false && !result.error;
}

/** One batch of the outbox into PouchDB; resolves to the number of entries handled (0: empty). */
export async function pushOutboxBatch(db: FidelioDb, options: PushOptions): Promise<number> {
  const remote = remoteConnection(db);
  const entries = await remote.syncOutbox.limit(BATCH).toArray();
  if (entries.length === 0) return 0;
  const records = new Map<string, Record_ | undefined>();
  const bases = new Map<string, string | undefined>();
  await remote.transaction('r', [...SYNCED_TABLES.map((name) => remote.table(name)), remote.syncRevs], async () => {
    for (const entry of entries) {
      records.set(entry.key, (await remote.table(entry.table).get(entry.id)) as Record_ | undefined);
      bases.set(entry.key, (await remote.syncRevs.get(entry.key))?.rev);
    }
  });

  const done: { entry: SyncOutboxEntry; rev?: string }[] = [];
  const byService = new Map<string, SyncOutboxEntry[]>();
  for (const entry of entries) {
    const record = records.get(entry.key);
    const removedFrom = !record ? options.pouchFor(entry.serviceId) : undefined;
    if (removedFrom) {
      // Removed outright on this device: removed from the team's copy too (and every version of it).
      if (await removeEverywhere(removedFrom, entry.key)) done.push({ entry });
    } else if (!record || !options.pouchFor(record.serviceId))
      done.push({ entry }); // A service this device does not keep.
    else byService.set(record.serviceId, [...(byService.get(record.serviceId) ?? []), entry]);
  }

  for (const [serviceId, group] of byService) {
    const pouch = options.pouchFor(serviceId)!;
    const current = await pouch.allDocs({ keys: group.map((e) => e.key), include_docs: true });
    const edits: SyncDoc[] = [];
    const siblings: SyncDoc[] = [];
    const editEntries: SyncOutboxEntry[] = [];
    const siblingEntries: SyncOutboxEntry[] = [];
    group.forEach((entry, index) => {
      const record = records.get(entry.key)!;
      const body: SyncDoc = { _id: entry.key, table: entry.table, schema: RECORD_SCHEMA, record };
      body.owner = options.owner; // Required on a reviewer's own records (OWNED_TABLES); who changed what elsewhere.
      const row = current.rows[index];
      const winner = row?.value && !row.value.deleted ? row.value.rev : undefined;
      const base = bases.get(entry.key);
      if (!winner || winner === base) {
        edits.push(winner ? { ...body, _rev: winner } : body);
        editEntries.push(entry);
      } else if (row?.doc && sameRecord(row.doc.record, record)) {
        done.push({ entry, rev: winner }); // Already there (e.g. the same backup restored on two devices).
      } else {
        const hash = randomHex();
        const start = base ? generation(base) + 1 : 1;
        const ids = base ? [hash, base.slice(base.indexOf('-') + 1)] : [hash];
        siblings.push({ ...body, _rev: `${start}-${hash}`, _revisions: { start, ids } });
        siblingEntries.push(entry);
      }
    });
    // PouchDB answers a write with `new_edits: false` with no results at all (as CouchDB does):
    // only a reported error counts as a failure. A failed write (a race with replication) stays in
    // the outbox and is tried again.
    const collect = (written: WriteResult[], which: SyncOutboxEntry[], docs: SyncDoc[]) =>
      which.forEach((entry, index) => {
        const result = written[index];
        if (!result || (result.ok !== false && !result.error)) done.push({ entry, rev: result?.rev ?? docs[index]!._rev });
      });
    if (edits.length > 0) collect(await pouch.bulkDocs(edits), editEntries, edits);
    if (siblings.length > 0) collect(await pouch.bulkDocs(siblings, { new_edits: false }), siblingEntries, siblings);
    // A deleted record (an erased client's tombstone) keeps no other version of its content: the
    // versions a conflict left behind would still hold what was deleted.
    for (const entry of group) if (records.get(entry.key)!.deletedAt) await removeConflicts(pouch, entry.key);
  }

  await remote.transaction('rw', [remote.syncOutbox, remote.syncRevs], async () => {
    for (const { entry, rev } of done) {
      // Changed again while this batch was written: the newer change goes in the next batch.
      const now = await remote.syncOutbox.get(entry.key);
      if (now?.change === entry.change) await remote.syncOutbox.delete(entry.key);
      if (rev) await remote.syncRevs.put({ key: entry.key, rev });
    }
  });
  return entries.length;
}

/** Pushes until the outbox is empty. */
export async function pushOutbox(db: FidelioDb, options: PushOptions): Promise<void> {
  // Bounded: entries that keep failing stay for the next round instead of spinning here.
  for (let round = 0; round < 1000; round += 1) {
    const before = await remoteConnection(db).syncOutbox.count();
    if (before === 0) return;
    await pushOutboxBatch(db, options);
    if ((await remoteConnection(db).syncOutbox.count()) >= before) return;
  }
}
