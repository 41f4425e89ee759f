import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { V4_STORES, scratchDatabase, writeOldDatabase } from './frozen-schemas';
import { getClientDetail, listStaff } from '../../src/db/caseload-queries';
import { loadMyWeek } from '../../src/db/employer-queries';
import { createContact } from '../../src/db/repos/employer-contacts';
import { createEmployer } from '../../src/db/repos/employers';
import { listServices } from '../../src/db/queries';

/*
 * Version 5 (issue 4) adds employers, their contact people and the contact log. A database written
 * with the frozen version-4 schema (copied, not imported) and caseload records opens with the
 * current code: nothing is lost, and a contact can be logged for the old staff and clients.
 */
const AT = '2025-01-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V4_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' }],
  staff: [{ id: 'st1', ...sync, name: 'Aino Äijälä', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }],
  clients: [
    {
      id: 'k1',
      ...sync,
      code: 'KÄT-001',
      referralDate: '2025-01-02',
      referralSource: 'default:employment-trial',
      startDate: '2025-01-03',
      notes: '',
    },
  ],
  phaseChanges: [{ id: 'p1', ...sync, clientId: 'k1', date: '2025-01-03', kind: 'move', phase: 1, closureReason: null }],
  assignments: [{ id: 'a1', ...sync, clientId: 'k1', staffId: 'st1', date: '2025-01-03' }],
  jobs: [],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v5');

describe('opening a version-4 database with the employer contact version', () => {
  it('keeps every record and adds working, indexed employer tables', async () => {
    await writeOldDatabase(scratch.name, 4, V4_STORES, V4_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await listServices(db)).toEqual(V4_RECORDS.services);
    expect(await listStaff(db, 's1')).toEqual(V4_RECORDS.staff);
    expect((await getClientDetail(db, 'k1'))?.client).toEqual(V4_RECORDS.clients[0]);
    expect(await db.meta.toArray()).toEqual(V4_RECORDS.meta);
    for (const table of [db.employers, db.employerContactPeople, db.employerContacts]) {
      expect(table.schema.idxByName.serviceId, table.name).toBeDefined();
      expect(await table.count()).toBe(0);
    }
    for (const index of ['[staffId+date]', '[employerId+date]', 'clientIds'])
      expect(db.employerContacts.schema.idxByName[index], index).toBeDefined();

    const employerId = await createEmployer(db, 's1', { name: 'Kahvila', sector: '', area: '', notes: '' }, new Date(AT));
    const id = await createContact(
      db,
      's1',
      {
        date: '2025-01-07',
        staffId: 'st1',
        employerId,
        contactPersonId: null,
        mode: 'face-to-face',
        clientIds: ['k1'],
        purpose: 'present-job-seeker',
        outcome: '',
        nextStep: '',
        followUpDate: null,
        notes: '',
      },
      new Date(AT),
    );
    expect((await loadMyWeek(db, 'st1', '2025-01-08')).contacts.map((c) => c.id)).toEqual([id]);
  });
});
