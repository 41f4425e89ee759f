import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyArrived, applyPending, seqKey } from '../../../src/db/sync/apply';
import { freshArrivals, type FreshBatch } from '../../../src/db/sync/fresh-arrivals';
import { quickRevsDiff } from '../../../src/db/sync/quick-revs-diff';
import { RECORD_SCHEMA } from '../../../src/db/sync/synced-tables';
import { cleanUp, dexie, everything, pouch, teamDatabase } from './team-fixture';

/*
 * A first sync's batches applied as the pull replication wrote them (src/db/sync/fresh-arrivals.ts):
 * the team's records reach Dexie exactly as a read back from the device's PouchDB would bring
 * them (refused and held records included), and the PouchDB is not read again afterwards.
 */
afterEach(cleanUp);

/** A device's PouchDB as the engine opens it, and the batches handed over while `enabled()`. */
function devicePouch(enabled = () => true): { local: PouchDatabase; batches: FreshBatch[] } {
  const batches: FreshBatch[] = [];
  const fresh = freshArrivals(pouch(), { enabled, written: (batch) => batches.push(batch) });
  return { local: quickRevsDiff(fresh.pouch, { absent: fresh.absent, onNeverHere: fresh.neverHere }), batches };
}

describe('a first sync applied as the replication writes it', () => {
  it('shows what a read back of the device’s PouchDB shows, and leaves nothing to read again', async () => {
    const { team, serviceId } = await teamDatabase();
    const total = (await team.info()).doc_count;

    const handed = devicePouch();
    const reads = vi.spyOn(handed.local, 'allDocs');
    await PouchDB.replicate(team, handed.local, { batch_size: 50 });
    // Which documents the device lacks is known without asking its PouchDB.
    expect(reads).not.toHaveBeenCalled();
    // Every batch handed over, each document once.
    const ids = handed.batches.flatMap((batch) => batch.docs.map((doc) => doc._id));
    expect(handed.batches.length).toBeGreaterThan(1);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    const fast = dexie();
    for (const { docs, seq } of handed.batches) await applyArrived(fast, serviceId, handed.local, docs, seq);

    const readBack = pouch();
    await PouchDB.replicate(team, readBack, { batch_size: 50 });
    const plain = dexie();
    await applyPending(plain, serviceId, readBack);

    expect(await everything(fast)).toEqual(await everything(plain));
    expect((await fast.services.get(serviceId))?.name).toBe('Kätevä');
    expect(await fast.reviews.count()).toBe(6);
    expect((await fast.syncState.get(`refused:${serviceId}`))?.value).toEqual([expect.objectContaining({ key: 'clients:c1' })]);
    expect((await fast.syncState.get(`held:${serviceId}`))?.value).toEqual(['clients:c2']);
    const position = (await fast.syncState.get(seqKey(serviceId)))?.value as number;
    expect(position).toBe((await handed.local.info()).update_seq);
    expect((await handed.local.changes({ since: position })).results).toEqual([]);
    expect(await applyPending(fast, serviceId, handed.local)).toBe(0);
  });

  it('hands over no batch holding a document the device already has, or two versions of one', async () => {
    const { team, serviceId } = await teamDatabase();
    const [first, second] = (await team.allDocs({ limit: 2 })).rows;
    const conflicted = (rev: string) => ({
      _id: 'clients:c3',
      _rev: rev,
      table: 'clients',
      schema: RECORD_SCHEMA,
      record: { id: 'c3', serviceId },
    });
    await team.bulkDocs([conflicted('1-a')], { new_edits: false });
    await team.bulkDocs([conflicted('1-b')], { new_edits: false });
    const replicate = async (enabled: () => boolean, ids: string[], before: object[] = []) => {
      const device = devicePouch(enabled);
      if (before.length > 0) await device.local.bulkDocs(before);
      await PouchDB.replicate(team, device.local, { doc_ids: ids });
      return device.batches.map((batch) => batch.docs.map((doc) => doc._id));
    };

    expect(await replicate(() => true, [first!.id, second!.id])).toEqual([[first!.id, second!.id].sort()]);
    // The device has its own version of one of them: the batch is read back as before.
    const own = { _id: first!.id, table: 'services', schema: RECORD_SCHEMA, record: { id: 'elsewhere' } };
    expect(await replicate(() => true, [first!.id, second!.id], [own])).toEqual([]);
    expect(await replicate(() => true, ['clients:c3'])).toEqual([]);
    expect(await replicate(() => false, [first!.id, second!.id])).toEqual([]);
  });

  it('never takes a batch back to its versions once a read of the PouchDB went past it', async () => {
    const { team, serviceId } = await teamDatabase();
    const handed = devicePouch();
    await PouchDB.replicate(team, handed.local);
    const key = `services:${serviceId}`;
    const batch = handed.batches.find(({ docs }) => docs.some((doc) => doc._id === key));
    const service = batch!.docs.find((doc) => doc._id === key)!;
    // A newer version arrives and is read before the handed-over batch is applied.
    const current = await handed.local.get(service._id);
    await handed.local.put({ ...current, record: { ...current.record, name: 'Kätevä II' } });
    const db = dexie();
    await applyPending(db, serviceId, handed.local);
    expect(await applyArrived(db, serviceId, handed.local, batch!.docs, batch!.seq)).toBe(0);
    expect((await db.services.get(serviceId))?.name).toBe('Kätevä II');
  });
});
