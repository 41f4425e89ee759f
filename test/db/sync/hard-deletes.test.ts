import { afterEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../../src/db/app-db';
import { SyncedDataError } from '../../../src/db/errors';
import { applyRestore, exportBackup } from '../../../src/db/repos/backup';
import { createService, deleteService } from '../../../src/db/repos/services';
import { forgetService, readSyncConfig, saveSyncConfig } from '../../../src/db/sync/config';
import { setOutboxEnabled } from '../../../src/db/sync/outbox';
import { closeRemoteConnection } from '../../../src/db/sync/remote-connection';
import { dropDb, freshDb, NOW, serviceDraft } from '../helpers';

/*
 * Issue 17: on a device that syncs a service, nothing it does may delete the team's data on the
 * server half-way or by the way. A replace-restore and deleting a synced service are refused
 * before anything is written; a merge still works and its records go out; a service can be
 * removed from this device only, sending nothing.
 */
const dbs: FidelioDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    setOutboxEnabled(db.name, false);
    closeRemoteConnection(db);
    await dropDb(db);
  }
});

async function syncingDevice(): Promise<{ db: FidelioDb; kept: string; other: string }> {
  const db = freshDb();
  dbs.push(db);
  const kept = await createService(db, serviceDraft({ name: 'Kätevä' }), NOW);
  const other = await createService(db, serviceDraft({ name: 'Oma' }), NOW);
  await saveSyncConfig(db, { server: 'http://127.0.0.1:4174', user: 'anna', services: [{ id: kept, name: 'Kätevä' }] });
  await db.syncOutbox.clear(); // As after the first sync: everything sent.
  return { db, kept, other };
}

async function backupOfAnotherDevice(): Promise<Awaited<ReturnType<typeof exportBackup>>> {
  const source = freshDb();
  dbs.push(source);
  await createService(source, serviceDraft({ name: 'Tiedostosta' }), NOW);
  return exportBackup(source, NOW);
}

describe('hard deletes on a device that syncs', () => {
  it('refuses a replace-restore, writing nothing, and lets a merge through with its records marked to be sent', async () => {
    const { db, kept } = await syncingDevice();
    const backup = await backupOfAnotherDevice();
    await expect(applyRestore(db, backup, 'replace')).rejects.toBeInstanceOf(SyncedDataError);
    expect((await db.services.toArray()).map((s) => s.name).sort()).toEqual(['Kätevä', 'Oma']);
    expect(await db.syncOutbox.count()).toBe(0);

    await applyRestore(db, backup, 'merge');
    expect((await db.services.toArray()).map((s) => s.name).sort()).toEqual(['Kätevä', 'Oma', 'Tiedostosta']);
    expect(await db.services.get(kept)).toMatchObject({ deletedAt: null });
    expect((await db.syncOutbox.toArray()).map((e) => e.table)).toContain('services');
  });

  it('refuses deleting a synced service, still deletes a service of this device only', async () => {
    const { db, kept, other } = await syncingDevice();
    await expect(deleteService(db, kept, NOW)).rejects.toMatchObject({ kind: 'delete-service', serviceIds: [kept] });
    expect(await db.services.get(kept)).toMatchObject({ deletedAt: null });
    expect(await db.syncOutbox.count()).toBe(0);
    await deleteService(db, other, NOW);
    expect((await db.services.get(other))?.deletedAt).not.toBeNull();
  });

  it('removes a synced service from this device only: its records and bookkeeping go, nothing is marked to be sent', async () => {
    const { db, kept, other } = await syncingDevice();
    await db.syncState.bulkPut([
      { key: `seq:${kept}`, value: 12 },
      { key: `denied:${kept}`, value: [] },
    ]);
    await db.syncRevs.put({ key: `services:${kept}`, rev: '1-abc' });
    await forgetService(db, kept);
    expect(await db.services.get(kept)).toBeUndefined();
    expect(await db.services.get(other)).toBeDefined();
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.syncRevs.count()).toBe(0);
    expect(await db.syncState.get(`seq:${kept}`)).toBeUndefined();
    expect((await readSyncConfig(db))?.services).toEqual([]);
  });
});
