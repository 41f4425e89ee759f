import { RECORD_SCHEMA } from '../../src/db/sync/synced-tables';
import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { createService, updateService } from '../../src/db/repos/services';
import { applyPending } from '../../src/db/sync/apply';
import { conflictVersions, resolveConflict } from '../../src/db/sync/conflicts';
import { markRawPuts, setOutboxEnabled } from '../../src/db/sync/outbox';
import { pushOutbox } from '../../src/db/sync/push';
import { closeRemoteConnection } from '../../src/db/sync/remote-connection';
import { dropDb, freshDb, LATER, NOW, serviceDraft } from './helpers';

PouchDB.plugin(MemoryAdapter);
// Once per process: a test file run after another that registered it would fail on a second time.
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(Replication);

/*
 * The bridge between Dexie and the device's PouchDB (issue 17), with two "devices" in one process:
 * each its own Dexie database and its own in-memory PouchDB, replicated with each other as the
 * server would. Replication itself is PouchDB's; what is tested here is that a change and its
 * mark are one transaction, that what arrives is applied without echo, and that a conflict keeps
 * both versions and shows the same winner on both devices.
 */
interface Device {
  db: FidelioDb;
  pouch: PouchDatabase;
}

const devices: Device[] = [];

function device(): Device {
  const db = freshDb();
  setOutboxEnabled(db.name, true);
  const pouch = new PouchDB(`pouch-${crypto.randomUUID()}`, { adapter: 'memory' });
  const made = { db, pouch };
  devices.push(made);
  return made;
}

async function sync(from: Device, serviceId: string, ...others: Device[]): Promise<void> {
  const options = (owner: string) => ({ owner, pouchFor: (id: string) => (id === serviceId ? from.pouch : undefined) });
  await pushOutbox(from.db, options('anna'));
  for (const other of others) {
    await pushOutbox(other.db, { owner: 'ben', pouchFor: (id: string) => (id === serviceId ? other.pouch : undefined) });
    await PouchDB.sync(from.pouch, other.pouch);
    await applyPending(other.db, serviceId, other.pouch);
  }
  await applyPending(from.db, serviceId, from.pouch);
}

beforeEach(() => {
  devices.length = 0;
});

afterEach(async () => {
  for (const { db, pouch } of devices) {
    setOutboxEnabled(db.name, false);
    closeRemoteConnection(db);
    await dropDb(db);
    await pouch.destroy();
  }
});

describe('team sync bridge', () => {
  it('marks a change in the same transaction, and a failed transaction leaves neither', async () => {
    const { db } = device();
    const serviceId = await createService(db, serviceDraft(), NOW);
    expect(await db.syncOutbox.toArray()).toEqual([
      expect.objectContaining({ key: `services:${serviceId}`, table: 'services', id: serviceId, serviceId }),
    ]);

    await expect(
      db.transaction('rw', db.services, async () => {
        await db.services.update(serviceId, { name: 'Kesken' });
        throw new Error('the tablet ran out of battery');
      }),
    ).rejects.toThrow('battery');
    expect((await db.services.get(serviceId))?.name).toBe(serviceDraft().name);
    expect(await db.syncOutbox.count()).toBe(1);
  });

  it('marks nothing on a device with no team server', async () => {
    const { db } = device();
    setOutboxEnabled(db.name, false);
    await createService(db, serviceDraft(), NOW);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('sends a change as the contract document and applies it on another device without echo', async () => {
    const a = device();
    const b = device();
    const serviceId = await createService(a.db, serviceDraft({ name: 'Kätevä' }), NOW);
    await sync(a, serviceId, b);

    const doc = await a.pouch.get(`services:${serviceId}`);
    expect(doc).toMatchObject({
      table: 'services',
      schema: RECORD_SCHEMA,
      owner: 'anna',
      record: { id: serviceId, serviceId, name: 'Kätevä' },
    });
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect((await b.db.services.get(serviceId))?.name).toBe('Kätevä');
    // Applied through the connection that marks nothing: B has nothing to send back.
    expect(await b.db.syncOutbox.count()).toBe(0);

    await updateService(b.db, serviceId, { name: 'Kätevä II' }, LATER);
    await sync(b, serviceId, a);
    expect((await a.db.services.get(serviceId))?.name).toBe('Kätevä II');
    expect((await a.pouch.get(`services:${serviceId}`, { conflicts: true }))._conflicts).toBeUndefined();
  });

  it('keeps both versions of an offline edit on two devices, with the same winner on both', async () => {
    const a = device();
    const b = device();
    const serviceId = await createService(a.db, serviceDraft({ name: 'Kätevä' }), NOW);
    await sync(a, serviceId, b);

    await updateService(a.db, serviceId, { notes: 'Annan muistiinpano' }, LATER);
    await updateService(b.db, serviceId, { notes: 'Benin muistiinpano' }, LATER);
    await pushOutbox(a.db, { owner: 'anna', pouchFor: () => a.pouch });
    await pushOutbox(b.db, { owner: 'ben', pouchFor: () => b.pouch });
    await sync(a, serviceId, b);

    const winnerA = await a.db.services.get(serviceId);
    const winnerB = await b.db.services.get(serviceId);
    expect(winnerA?.notes).toBe(winnerB?.notes);
    const doc = await a.pouch.get(`services:${serviceId}`, { conflicts: true });
    expect(doc._conflicts).toHaveLength(1);
    const loser = await a.pouch.get(`services:${serviceId}`, { rev: doc._conflicts![0] });
    expect([doc.record?.notes, loser.record?.notes].sort()).toEqual(['Annan muistiinpano', 'Benin muistiinpano']);
    expect((await a.db.syncState.get(`conflicts:${serviceId}`))?.value).toEqual([`services:${serviceId}`]);
  });

  it('turns a change made over a newer remote version into a conflict, not an overwrite', async () => {
    const a = device();
    const serviceId = await createService(a.db, serviceDraft({ name: 'Kätevä' }), NOW);
    await sync(a, serviceId);
    const first = await a.pouch.get(`services:${serviceId}`);
    // A remote edit lands in PouchDB while a local edit waits in the outbox.
    await a.pouch.bulkDocs([{ ...first, record: { ...first.record, notes: 'palvelimelta' } }]);
    await updateService(a.db, serviceId, { notes: 'laitteelta' }, LATER);
    await sync(a, serviceId);

    const doc = await a.pouch.get(`services:${serviceId}`, { conflicts: true });
    expect(doc._conflicts).toHaveLength(1);
    const loser = await a.pouch.get(`services:${serviceId}`, { rev: doc._conflicts![0] });
    expect([doc.record?.notes, loser.record?.notes].sort()).toEqual(['laitteelta', 'palvelimelta']);
    expect((await a.db.services.get(serviceId))?.notes).toBe(doc.record?.notes);
  });

  it('keeps a record of a newer format untouched and counts it', async () => {
    const a = device();
    const serviceId = await createService(a.db, serviceDraft({ name: 'Kätevä' }), NOW);
    await sync(a, serviceId);
    const first = await a.pouch.get(`services:${serviceId}`);
    await a.pouch.bulkDocs([{ ...first, schema: RECORD_SCHEMA + 1, record: { ...first.record, name: 'Uudempi', newField: 1 } }]);
    await applyPending(a.db, serviceId, a.pouch);

    expect((await a.db.services.get(serviceId))?.name).toBe('Kätevä');
    expect((await a.pouch.get(`services:${serviceId}`)).schema).toBe(RECORD_SCHEMA + 1);
    expect((await a.db.syncState.get(`held:${serviceId}`))?.value).toEqual([`services:${serviceId}`]);
  });

  it('marks the records a restore writes with IndexedDB puts', async () => {
    const { db } = device();
    const at = NOW.toISOString();
    const row = {
      id: 's9',
      serviceId: 's9',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      name: 'Palautettu',
      organisation: '',
      region: '',
      notes: '',
    };
    await db.transaction('rw', db.services, (tx) => {
      tx.idbtrans.objectStore('services').put(row);
      markRawPuts(db, tx, 'services', [row]);
    });
    expect(await db.syncOutbox.get('services:s9')).toMatchObject({ table: 'services', id: 's9', serviceId: 's9' });
  });
});

describe('resolving a conflict', () => {
  it('keeps the chosen version on every device and removes the other', async () => {
    const a = device();
    const b = device();
    const serviceId = await createService(a.db, serviceDraft({ name: 'Kätevä' }), NOW);
    await sync(a, serviceId, b);
    await updateService(a.db, serviceId, { notes: 'Annan' }, LATER);
    await updateService(b.db, serviceId, { notes: 'Benin' }, LATER);
    await pushOutbox(b.db, { owner: 'ben', pouchFor: () => b.pouch });
    await sync(a, serviceId, b);

    const key = `services:${serviceId}`;
    const versions = await conflictVersions(a.pouch, key);
    expect(versions.map((v) => v.owner).sort()).toEqual(['anna', 'ben']);
    const bens = versions.find((v) => v.owner === 'ben')!;
    await resolveConflict(a.pouch, key, bens.rev, 'anna', new Date('2025-03-12T09:00:00.000Z'));
    await sync(a, serviceId, b);

    for (const { db, pouch } of [a, b]) {
      expect((await db.services.get(serviceId))?.notes).toBe('Benin');
      expect((await pouch.get(key, { conflicts: true }))._conflicts).toBeUndefined();
      expect((await db.syncState.get(`conflicts:${serviceId}`))?.value).toEqual([]);
    }
  });
});
