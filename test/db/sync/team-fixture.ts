import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import type { FidelioDb } from '../../../src/db/app-db';
import { createReview } from '../../../src/db/repos/reviews';
import { createService } from '../../../src/db/repos/services';
import { setOutboxEnabled } from '../../../src/db/sync/outbox';
import { pushOutbox } from '../../../src/db/sync/push';
import { closeRemoteConnection } from '../../../src/db/sync/remote-connection';
import { RECORD_SCHEMA } from '../../../src/db/sync/synced-tables';
import { dropDb, freshDb, NOW, reviewDraft, serviceDraft } from '../helpers';

/*
 * A team's database and a device's stores for the first-sync tests (fresh-arrivals*.test.ts), in
 * memory. Everything made here is removed by cleanUp (each test file's afterEach).
 */
PouchDB.plugin(MemoryAdapter);
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(Replication);

const cleanup: (() => Promise<unknown>)[] = [];
export async function cleanUp(): Promise<void> {
  for (const step of cleanup.splice(0)) await step();
}

export function dexie(): FidelioDb {
  const db = freshDb();
  cleanup.push(async () => {
    closeRemoteConnection(db);
    await dropDb(db);
  });
  return db;
}

export function pouch(): PouchDatabase {
  const made = new PouchDB(`pouch-${crypto.randomUUID()}`, { adapter: 'memory' });
  cleanup.push(() => made.destroy());
  return made;
}

/** The team's database: a service with reviews, a record the app refuses, one of a newer format. */
export async function teamDatabase(): Promise<{ team: PouchDatabase; serviceId: string }> {
  const source = dexie();
  setOutboxEnabled(source.name, true);
  cleanup.push(async () => setOutboxEnabled(source.name, false));
  const serviceId = await createService(source, serviceDraft({ name: 'Kätevä' }), NOW);
  for (let day = 10; day < 16; day += 1)
    await createReview(source, serviceId, reviewDraft({ firstDay: `2025-03-${day}`, lastDay: `2025-03-${day}` }), NOW);
  const team = pouch();
  await pushOutbox(source, { owner: 'anna', pouchFor: (id) => (id === serviceId ? team : undefined) });
  const record = { id: 'c1', serviceId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), deletedAt: null };
  await team.bulkDocs([
    { _id: 'clients:c1', table: 'clients', schema: RECORD_SCHEMA, record },
    { _id: 'clients:c2', table: 'clients', schema: RECORD_SCHEMA + 1, record: { ...record, id: 'c2' } },
  ]);
  return { team, serviceId };
}

export async function everything(db: FidelioDb): Promise<Record<string, unknown>> {
  const tables = ['services', 'reviews', 'ratings', 'clients', 'syncRevs', 'syncState', 'syncOutbox'] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()])));
}
