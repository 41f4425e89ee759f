import PouchDB from 'pouchdb-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPending, seqKey } from '../../../src/db/sync/apply';
import { SyncEngine } from '../../../src/db/sync/engine';
import { freshArrivals, type FreshBatch } from '../../../src/db/sync/fresh-arrivals';
import { remoteConnection } from '../../../src/db/sync/remote-connection';
import { openServiceLink, type ServiceLink } from '../../../src/db/sync/service-link';
import { cleanUp, dexie, everything, pouch, teamDatabase } from './team-fixture';

/*
 * When a first sync's batch is not handed over as written (src/db/sync/fresh-arrivals.ts), or
 * handing it over fails in the engine, the batch is read back from the device's PouchDB as before:
 * nothing the server sent is missing from Dexie.
 */
afterEach(cleanUp);

const DOCS = [
  { _id: 'clients:a', _rev: '1-a' },
  { _id: 'clients:b', _rev: '1-b' },
];

/** One replicated write of DOCS into a PouchDB that answers `results` and moves from `before` to `after`. */
async function write(results: { ok?: boolean; error?: string }[], before: number | string, after: number | string) {
  const batches: FreshBatch[] = [];
  const device = {
    bulkDocs: vi.fn(async (..._request: unknown[]) => results),
    info: vi.fn().mockResolvedValueOnce({ update_seq: before }).mockResolvedValueOnce({ update_seq: after }),
  };
  const fresh = freshArrivals(device, { enabled: () => true, written: (batch) => batches.push(batch) });
  fresh.neverHere(new Set(DOCS.map((doc) => doc._id)));
  const answered = await fresh.pouch.bulkDocs({ docs: DOCS, new_edits: false });
  return { batches, answered };
}

describe('a first sync batch not handed over as written', () => {
  it('is handed over when both documents were written and the position moved by exactly two', async () => {
    const { batches } = await write([{ ok: true }, { ok: true }], 3, 5);
    expect(batches).toEqual([{ docs: DOCS, seq: 5 }]);
  });

  it('is left to the read-back when a document of the batch was not written', async () => {
    const results = [{ ok: true }, { error: 'forbidden' }];
    const { batches, answered } = await write(results, 3, 4);
    expect(batches).toEqual([]);
    expect(answered).toBe(results); // The replication still learns of the failed write.
  });

  it('is left to the read-back when something else wrote into the PouchDB meanwhile (another tab)', async () => {
    expect((await write([{ ok: true }, { ok: true }], 3, 6)).batches).toEqual([]);
    expect((await write([{ ok: true }, { ok: true }], 3, 4)).batches).toEqual([]);
    // A position that cannot be counted (not a number) is never trusted.
    expect((await write([{ ok: true }, { ok: true }], '3-x', '5-x')).batches).toEqual([]);
  });
});

interface EngineInside {
  links: Map<string, ServiceLink>;
  run(step: () => Promise<unknown>): void;
  applyArrived(link: ServiceLink, batch: FreshBatch): void;
  queue: Promise<unknown>;
}

describe('a handed-over batch the engine could not apply', () => {
  it('is read back, with every later batch, so Dexie ends as a plain read-back of the PouchDB', async () => {
    const { team, serviceId } = await teamDatabase();
    const db = dexie();
    const engine = new SyncEngine(db, { server: 'http://127.0.0.1:9', user: 'anna', services: [{ id: serviceId, name: 'Kätevä' }] });
    const inside = engine as unknown as EngineInside;
    // The service's link as the engine's start opens it (the device's PouchDB, handing batches over).
    const link = openServiceLink(serviceId, 'Kätevä', `${db.name}-device`, (opened, batch) => inside.applyArrived(opened, batch), {
      adapter: 'memory',
    });
    inside.links.set(serviceId, link);
    link.firstPull = true;
    const handed = vi.spyOn(inside, 'applyArrived');

    // The engine is busy until the whole pull is written, so every batch is handed over first.
    let go = () => {};
    inside.run(() => new Promise<void>((resolve) => (go = resolve)));
    await PouchDB.replicate(team, link.local, { batch_size: 3 });
    expect(handed.mock.calls.length).toBeGreaterThan(2);
    // The first batch's write into Dexie fails (a full disk, say).
    vi.spyOn(remoteConnection(db), 'transaction').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    go();
    for (let queue = inside.queue; ; queue = inside.queue) {
      await queue;
      if (queue === inside.queue) break;
    }
    expect(logged).toHaveBeenCalledWith('Team sync step failed', expect.any(Error));
    expect(link.handOverFailed).toBe(true);

    const readBack = pouch();
    await PouchDB.replicate(team, readBack);
    const plain = dexie();
    await applyPending(plain, serviceId, readBack);
    expect(await everything(db)).toEqual(await everything(plain));
    expect((await db.syncState.get(seqKey(serviceId)))?.value).toBe((await link.local.info()).update_seq);
    await link.local.destroy();
  });
});
