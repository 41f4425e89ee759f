// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { PouchDatabase } from 'pouchdb-core';
import { pushStartOf, type ReplicatedService } from '../../src/db/sync/replication-events';
import { LOCAL_POUCH_OPTIONS } from '../../src/db/sync/local-pouch';
import { deviceReplica, type TestPouch } from './pouch.mjs';

const opened: TestPouch[] = [];
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((db) => db.destroy()));
});

function service(): ReplicatedService & { local: PouchDatabase } {
  const local = deviceReplica('push-start', LOCAL_POUCH_OPTIONS);
  opened.push(local);
  return {
    id: 's1',
    local: local as unknown as PouchDatabase,
    replication: null,
    remote: null,
    active: false,
    caughtUp: { push: false, pull: false },
    ownWrites: false,
    firstPull: false,
    pushFrom: null,
  };
}
const doc = (id: string) => ({ _id: `clients:${id}`, table: 'clients', schema: 3, record: { id, serviceId: 's1' } });

describe('when the push of a service’s replication starts', () => {
  it('on an empty device, after the pull, from where the pulled documents end', async () => {
    const link = service();
    const push = await pushStartOf(link);
    expect(push.afterPull).toBe(true);
    // What the pull wrote, as replication writes it.
    await link.local.bulkDocs(
      [
        { ...doc('a'), _rev: '1-a' },
        { ...doc('b'), _rev: '1-b' },
      ],
      { new_edits: false },
    );
    const { update_seq } = await link.local.info();
    expect(Number(update_seq)).toBeGreaterThan(0);
    expect(await push.since()).toBe(update_seq);
  });

  it('from its checkpoint when the device wrote a change of its own while the pull ran: nothing of it is skipped', async () => {
    const link = service();
    const push = await pushStartOf(link);
    await link.local.bulkDocs([{ ...doc('a'), _rev: '1-a' }], { new_edits: false });
    link.ownWrites = true; // the outbox's push took the PouchDB (engine.pouchFor)
    await link.local.bulkDocs([doc('mine')]);
    expect(await push.since()).toBeUndefined();
  });

  it('at once, from its checkpoint, on a device that already has documents', async () => {
    const link = service();
    await link.local.bulkDocs([doc('unsent')]);
    const push = await pushStartOf(link);
    expect(push.afterPull).toBe(false);
    expect(await push.since()).toBeUndefined();
  });
});
