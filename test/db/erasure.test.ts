import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { readEverything } from '../../src/db/health';
import { applyRestore, exportBackup, previewRestore } from '../../src/db/repos/backup';
import { addJob } from '../../src/db/repos/caseload-jobs';
import { createClient, recordPhaseChange, updateClient } from '../../src/db/repos/caseload-clients';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { createContact } from '../../src/db/repos/employer-contacts';
import { eraseClient } from '../../src/db/repos/erase-client';
import { createService } from '../../src/db/repos/services';
import type { Backup } from '../../src/domain/transfer/backup-format';
import { readBackupBytes } from '../../src/domain/transfer/restore-backup';
import { dropDb, freshDb, LATER, NOW, serviceDraft, jobEmployer } from './helpers';

// Texts that exist only in the erased client's records, so finding any of them anywhere is a leak.
const CODE = 'ERASE-7Q';
const NOTE = 'Kertoi velkajärjestelystä ja lääkityksestä';
const JOB_TITLE = 'Varastotyöntekijä Zeta';
const AFTER = new Date('2025-03-12T09:00:00.000Z');

const dbs: FidelioDb[] = [];
function open(): FidelioDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

let db: FidelioDb;
let serviceId: string;
let clientId: string;
let otherId: string;
let contactId: string;

beforeEach(async () => {
  db = open();
  serviceId = await createService(db, serviceDraft(), NOW);
  const staffId = await createStaff(
    db,
    serviceId,
    { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
    NOW,
  );
  const start = { date: '2025-01-10', phase: 1 as const };
  clientId = await createClient(
    db,
    serviceId,
    {
      draft: { code: CODE, referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: NOTE },
      start,
      specialistId: staffId,
    },
    NOW,
  );
  otherId = await createClient(
    db,
    serviceId,
    {
      draft: { code: 'KÄT-014', referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: '' },
      start,
      specialistId: staffId,
    },
    NOW,
  );
  await recordPhaseChange(db, clientId, { kind: 'move', date: '2025-02-01', phase: 2, closureReason: null }, '2025-03-10', NOW);
  await addJob(
    db,
    clientId,
    {
      employerId: await jobEmployer(db, clientId, 'Pajatehdas'),
      competitiveAnswers: null,
      title: JOB_TITLE,
      jobType: 'varasto',
      startDate: '2025-03-01',
      endDate: null,
      hoursPerWeek: 20,
      competitive: true,
      paySubsidy: false,
    },
    NOW,
  );
  const employerId = await jobEmployer(db, clientId, 'Pajatehdas');
  contactId = await createContact(
    db,
    serviceId,
    {
      date: '2025-03-03',
      staffId,
      employerId,
      contactPersonId: null,
      mode: 'face-to-face',
      clientIds: [clientId, otherId],
      purpose: 'present-job-seeker',
      outcome: '',
      nextStep: '',
      followUpDate: null,
      notes: '',
    },
    NOW,
  );
});

/** Every object store's raw records, read with the bare IndexedDB API (not through Dexie or a query). */
async function rawText(target: FidelioDb): Promise<string> {
  const everything = await readEverything(target.name, 5_000);
  if (everything === null) throw new Error('could not read the database');
  return JSON.stringify(everything);
}

function expectNoTrace(text: string) {
  for (const secret of [CODE, NOTE, JOB_TITLE]) expect(text, secret).not.toContain(secret);
}

async function roundTrip(source: FidelioDb): Promise<{ backup: Backup; text: string }> {
  const text = JSON.stringify(await exportBackup(source, LATER));
  const result = readBackupBytes(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { backup: result.backup, text };
}

describe('issue 14 #2: erasing a client erases them', () => {
  it('leaves no trace of their code, notes, history or jobs in any table of IndexedDB', async () => {
    expect(await rawText(db)).toContain(NOTE); // the scan sees what is there
    await eraseClient(db, clientId, AFTER);
    expectNoTrace(await rawText(db));
    expect(await db.clients.get(clientId)).toEqual({
      id: clientId,
      serviceId,
      createdAt: NOW.toISOString(),
      updatedAt: AFTER.toISOString(),
      deletedAt: AFTER.toISOString(),
    });
    for (const table of [db.phaseChanges, db.assignments, db.jobs])
      expect(await table.where('clientId').equals(clientId).count(), table.name).toBe(0);
    const contact = await db.employerContacts.get(contactId);
    expect(contact?.clientIds).toEqual([otherId]);
    expect(contact?.updatedAt).toBe(AFTER.toISOString());
    // The other client is untouched.
    expect(await db.assignments.where('clientId').equals(otherId).count()).toBe(1);
    expect(await db.clients.get(otherId)).toMatchObject({ code: 'KÄT-014', deletedAt: null });
  });

  it('a backup made afterwards carries only the content-free tombstone, and restores', async () => {
    await eraseClient(db, clientId, AFTER);
    const { backup, text } = await roundTrip(db);
    expectNoTrace(text);
    expect(backup.data.clients).toContainEqual({
      id: clientId,
      serviceId,
      createdAt: NOW.toISOString(),
      updatedAt: AFTER.toISOString(),
      deletedAt: AFTER.toISOString(),
    });
    const fresh = open();
    await applyRestore(fresh, backup, 'replace');
    expect(await fresh.clients.get(clientId)).toEqual(await db.clients.get(clientId));
    expectNoTrace(await rawText(fresh));
  });

  it('merging an older backup that still holds the client does not bring them back, even an edited copy', async () => {
    const older = await roundTrip(db);
    expect(older.text).toContain(NOTE);
    await eraseClient(db, clientId, AFTER);
    await applyRestore(db, older.backup, 'merge');
    expectNoTrace(await rawText(db));
    expect((await db.employerContacts.get(contactId))?.clientIds).toEqual([otherId]);

    // Another tablet edited the client after the erasure (a newer updatedAt): the tombstone still wins.
    const other = open();
    await applyRestore(other, older.backup, 'replace');
    await updateClient(
      other,
      clientId,
      { code: CODE, referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: `${NOTE} lisää` },
      new Date('2025-03-20T09:00:00.000Z'),
    );
    const edited = await roundTrip(other);
    await applyRestore(db, edited.backup, 'merge');
    await applyRestore(db, edited.backup, 'replace');
    expectNoTrace(await rawText(db));
    expect(await db.clients.get(clientId)).toMatchObject({ deletedAt: AFTER.toISOString() });
    expect(await previewRestore(db, edited.backup, 'merge')).toMatchObject({ jobs: { added: 0 }, phaseChanges: { added: 0 } });
  });

  it('a backup that erased a client erases them on the device that merges it', async () => {
    const older = await roundTrip(db);
    const other = open();
    await applyRestore(other, older.backup, 'replace');
    await eraseClient(db, clientId, AFTER);
    const erased = await roundTrip(db);
    // The other device's copy is newer than the erasure; the erasure wins all the same.
    await updateClient(
      other,
      clientId,
      { code: CODE, referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: NOTE },
      new Date('2025-03-20T09:00:00.000Z'),
    );
    await applyRestore(other, erased.backup, 'merge');
    expectNoTrace(await rawText(other));
    expect((await other.employerContacts.get(contactId))?.clientIds).toEqual([otherId]);
  });

  it('a client deleted before erasure existed (a tombstone with content) never leaves the device with it', async () => {
    const client = await db.clients.get(clientId);
    await db.clients.put({ ...client!, deletedAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
    const { text } = await roundTrip(db);
    expectNoTrace(text);
  });
});
