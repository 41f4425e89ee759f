import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { listServices } from '../../src/db/queries';
import { scratchDatabase, V5_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * Version 8 (issue 17, team sync) adds three device-local tables: the outbox of changes not yet
 * handed to the device's PouchDB, the revision each record was last synced at, and sync's state.
 * A database written with the frozen version-6 schema opens with the current code: nothing is
 * lost, the new tables are there and empty, and with no team server configured a change marks
 * nothing to be sent (nothing changes for a device without a server).
 */
const V6_STORES = {
  ...V5_STORES,
  reviewEvidence: 'id, serviceId, reviewId',
  ratingSuggestions: 'id, serviceId, reviewId, [reviewId+itemId]',
};

const AT = '2025-01-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V6_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' }],
  staff: [{ id: 'st1', ...sync, name: 'Aino Äijälä', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }],
  employers: [{ id: 'e1', ...sync, name: 'Kahvila', sector: '', area: '', notes: '', mergedInto: null }],
  employerContacts: [{ id: 'c1', ...sync, employerId: 'e1', staffId: 'st1', date: '2025-01-03', clientIds: [] }],
  reviewEvidence: [{ id: 'v1', ...sync, reviewId: 'r1', period: null, snapshot: null }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v8');

describe('opening a version-6 database with the team sync version', () => {
  it('keeps every record and adds the empty device-local sync tables', async () => {
    await writeOldDatabase(scratch.name, 6, V6_STORES, V6_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await listServices(db)).toEqual(V6_RECORDS.services);
    expect(await db.employerContacts.toArray()).toEqual(V6_RECORDS.employerContacts);
    expect(await db.reviewEvidence.toArray()).toEqual(V6_RECORDS.reviewEvidence);
    for (const table of [db.syncOutbox, db.syncRevs, db.syncState]) expect(await table.count(), table.name).toBe(0);

    // No team server configured on this device: a change is written and nothing is marked.
    await db.employers.update('e1', { name: 'Kahvila Kulma' });
    expect((await db.employers.get('e1'))?.name).toBe('Kahvila Kulma');
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
