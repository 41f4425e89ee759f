import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import { afterEach, describe, expect, it } from 'vitest';
import { combineConflict, conflictVersions } from '../../../src/db/sync/conflicts';
import type { SyncDoc } from '../../../src/db/sync/pouch-types';

PouchDB.plugin(MemoryAdapter);
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(Replication);

/*
 * Issue 17: a client's details edited on two devices offline. The person combines them field by
 * field; the combination is the one version on every replica and the losing revision is gone.
 */
const pouches: PouchDatabase[] = [];
afterEach(async () => {
  for (const pouch of pouches.splice(0)) await pouch.destroy();
});
const replica = () => {
  const pouch = new PouchDB(`combine-${crypto.randomUUID()}`, { adapter: 'memory' });
  pouches.push(pouch);
  return pouch;
};
const KEY = 'clients:c1';
const AT = '2026-12-01T10:00:00.000Z';
const client = (fields: Record<string, unknown>) => ({
  id: 'c1',
  serviceId: 's1',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  code: 'KÄT-001',
  notes: '',
  startDate: null,
  ...fields,
});

describe('combining the versions of a conflicted record', () => {
  it('keeps the field chosen from each version, on every replica, and removes the other revision', async () => {
    const a = replica();
    const b = replica();
    const first = await a.bulkDocs([{ _id: KEY, table: 'clients', schema: 1, record: client({}), owner: 'liisa' }]);
    await PouchDB.replicate(a, b);
    const base = first[0]!.rev!;
    await a.bulkDocs([
      {
        _id: KEY,
        _rev: base,
        table: 'clients',
        schema: 1,
        record: client({ notes: 'Annan muistiinpano', updatedAt: '2026-12-02T10:00:00.000Z' }),
        owner: 'anna',
      },
    ]);
    await b.bulkDocs([
      {
        _id: KEY,
        _rev: base,
        table: 'clients',
        schema: 1,
        record: client({ startDate: '2026-12-02', updatedAt: '2026-12-02T11:00:00.000Z' }),
        owner: 'liisa',
      },
    ]);
    await PouchDB.sync(a, b);

    const versions = await conflictVersions(a, KEY);
    expect(versions).toHaveLength(2);
    const annas = versions.find((v) => v.owner === 'anna')!;
    const liisas = versions.find((v) => v.owner === 'liisa')!;
    // Anna's notes and Liisa's start date: neither version alone has both.
    await combineConflict(a, KEY, { notes: annas.rev, startDate: liisas.rev }, 'anna', new Date('2026-12-03T09:00:00.000Z'));
    await PouchDB.sync(a, b);

    for (const pouch of [a, b]) {
      const doc = (await pouch.get(KEY, { conflicts: true })) as SyncDoc;
      expect(doc._conflicts).toBeUndefined();
      expect(doc.record).toEqual(client({ notes: 'Annan muistiinpano', startDate: '2026-12-02', updatedAt: '2026-12-03T09:00:00.000Z' }));
      expect(doc.owner).toBe('anna');
    }
  });
});
