import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingCount } from '../../../src/db/sync/status-count';
import { cleanUp, pouch } from './team-fixture';

/*
 * "Sending N changes": the changes in a device's PouchDB that the server does not have yet
 * (src/db/sync/status-count.ts). A first sync's documents came from the server: none of them is
 * to be sent, and counting them must not read them back.
 */
afterEach(cleanUp);

async function replicaWith(count: number) {
  const local = pouch();
  for (let n = 0; n < count; n += 1) await local.put({ _id: `clients:${n}`, table: 'clients', schema: 1, record: { id: `${n}` } });
  return local;
}

describe('the count of changes not yet sent', () => {
  it('is zero during a first sync into an empty replica, without reading the replica', async () => {
    const local = await replicaWith(3);
    const reads = vi.spyOn(local, 'changes');
    const count = await new PendingCount().count([{ local, pushedSeq: null, firstPull: true, ownWrites: false, pushFrom: null }], true);
    expect(count).toBe(0);
    expect(reads).not.toHaveBeenCalled();
  });

  it('counts every document once the engine wrote into the replica itself, or when it never caught up', async () => {
    const local = await replicaWith(3);
    expect(await new PendingCount().count([{ local, pushedSeq: null, firstPull: true, ownWrites: true, pushFrom: null }], false)).toBe(3);
    expect(await new PendingCount().count([{ local, pushedSeq: null, firstPull: false, ownWrites: false, pushFrom: null }], false)).toBe(3);
  });

  it('counts the documents changed since the server last had all of them', async () => {
    const local = await replicaWith(2);
    const pushedSeq = (await local.info()).update_seq;
    await local.put({ _id: 'clients:late', table: 'clients', schema: 1, record: { id: 'late' } });
    const doc = await local.get('clients:0');
    await local.put({ ...doc, record: { id: '0', note: 'changed' } });
    const count = await new PendingCount().count([{ local, pushedSeq, firstPull: false, ownWrites: true, pushFrom: null }], false);
    expect(count).toBe(2);
  });

  it('counts from where a first sync’s push started, once its pull has caught up', async () => {
    const local = await replicaWith(3);
    const pushFrom = (await local.info()).update_seq;
    const reads = vi.spyOn(local, 'changes');
    const replica = { local, pushedSeq: null, firstPull: false, ownWrites: false, pushFrom };
    expect(await new PendingCount().count([replica], false)).toBe(0);
    expect(reads.mock.calls[0]?.[0]).toMatchObject({ since: pushFrom });
    await local.put({ _id: 'clients:new', table: 'clients', schema: 1, record: { id: 'new' } });
    expect(await new PendingCount().count([replica], false)).toBe(1);
  });
});
