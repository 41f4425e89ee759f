import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { EMPLOYERS_FROM_JOBS_KEY, type EmployersFromJobsNotice } from '../../src/db/link-job-employers';
import { createClient } from '../../src/db/repos/caseload-clients';
import { addJob } from '../../src/db/repos/caseload-jobs';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { createContact } from '../../src/db/repos/employer-contacts';
import { addContactPerson, createEmployer, mergeEmployers } from '../../src/db/repos/employers';
import { listEmployersFromJobs, markEmployerFromJobsChecked } from '../../src/db/repos/employers-from-jobs';
import { createService } from '../../src/db/repos/services';
import { setOutboxEnabled } from '../../src/db/sync/outbox';
import { dropDb, freshDb, LATER, NOW, serviceDraft } from './helpers';

/*
 * Issue 15: the employers the schema-10 upgrade created from jobs' names are listed for the team
 * leader until merged or checked; a merge moves jobs, contacts and contact people all or nothing.
 */
let db: FidelioDb;
let serviceId: string;
let kept: string;
let typo: string;
let other: string;
let clientId: string;

const employer = (name: string, notes = '') => ({ name, sector: 'Kauppa', area: 'Keskusta', notes });
const job = (employerId: string, startDate: string) => ({
  employerId,
  competitiveAnswers: null,
  title: 'Myyjä',
  jobType: 'Kauppa',
  startDate,
  endDate: null,
  hoursPerWeek: 20,
  competitive: true,
  paySubsidy: false,
});

beforeEach(async () => {
  db = freshDb();
  serviceId = await createService(db, serviceDraft(), NOW);
  const staffId = await createStaff(
    db,
    serviceId,
    { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
    NOW,
  );
  kept = await createEmployer(db, serviceId, employer('Rautakauppa Oy'), NOW);
  typo = await createEmployer(db, serviceId, employer('Rautakaupa Oy', 'Esihenkilö Maija, p. 040 123 4567'), NOW);
  other = await createEmployer(db, serviceId, employer('Kahvila Kulma'), NOW);
  clientId = await createClient(
    db,
    serviceId,
    {
      draft: { code: 'KAT-001', referralDate: '2024-12-02', referralSource: 'default:typ', notes: '' },
      start: { date: '2025-01-02', phase: 1 },
      specialistId: staffId,
    },
    NOW,
  );
  await addJob(db, clientId, job(typo, '2025-02-03'), NOW);
  await addJob(db, clientId, job(kept, '2024-06-03'), NOW);
  const person = await addContactPerson(db, typo, { name: 'Maija', role: 'Esihenkilö' }, NOW);
  const draft = { contactPersonId: person, mode: 'face-to-face' as const, clientIds: [clientId], purpose: 'follow-up-hire' as const };
  await createContact(
    db,
    serviceId,
    { ...draft, date: '2025-02-20', staffId, employerId: typo, outcome: '', nextStep: '', followUpDate: null, notes: '' },
    NOW,
  );
  const notice: EmployersFromJobsNotice = {
    linkedAt: NOW.toISOString(),
    matched: 1,
    created: [
      { serviceId, employerId: typo, name: 'Rautakaupa Oy' },
      { serviceId, employerId: other, name: 'Kahvila Kulma' },
      { serviceId: 'another-service', employerId: 'elsewhere', name: 'Muu' },
    ],
    dismissedAt: null,
  };
  await db.meta.put({ key: EMPLOYERS_FROM_JOBS_KEY, value: notice });
});
afterEach(async () => {
  setOutboxEnabled(db.name, false);
  await dropDb(db);
});

const snapshot = async () => ({
  employers: await db.employers.toArray(),
  jobs: await db.jobs.toArray(),
  contacts: await db.employerContacts.toArray(),
  people: await db.employerContactPeople.toArray(),
});

describe('employers created from jobs', () => {
  it('lists the service’s created employers still in the directory, and drops one once checked', async () => {
    expect((await listEmployersFromJobs(db, serviceId)).map((e) => e.name)).toEqual(['Kahvila Kulma', 'Rautakaupa Oy']);
    await markEmployerFromJobsChecked(db, other, LATER);
    await markEmployerFromJobsChecked(db, other, LATER); // twice is once
    expect((await listEmployersFromJobs(db, serviceId)).map((e) => e.id)).toEqual([typo]);
    const notice = (await db.meta.get(EMPLOYERS_FROM_JOBS_KEY))?.value as EmployersFromJobsNotice;
    expect(notice.checked).toEqual([{ employerId: other, at: LATER.toISOString() }]);
    // The employer itself is untouched: checking only takes it off the list.
    expect((await db.employers.get(other))?.updatedAt).toBe(NOW.toISOString());
  });

  it('merges one into an existing employer: jobs, contacts and people move, marked for sync, and the tombstone keeps no content', async () => {
    setOutboxEnabled(db.name, true);
    const before = await snapshot();
    await mergeEmployers(db, kept, typo, LATER);
    const after = await snapshot();
    // Nothing lost: the same records, now all with the kept employer.
    expect(after.jobs.map((j) => j.id).sort()).toEqual(before.jobs.map((j) => j.id).sort());
    expect(after.jobs.every((j) => j.employerId === kept)).toBe(true);
    expect(after.contacts.map((c) => c.employerId)).toEqual([kept]);
    expect(after.people.map((p) => p.employerId)).toEqual([kept]);
    const moved = [
      ...after.jobs.filter((j) => before.jobs.find((b) => b.id === j.id)?.employerId === typo),
      ...after.contacts,
      ...after.people,
    ];
    expect(moved.every((record) => record.updatedAt === LATER.toISOString())).toBe(true);
    // The duplicate's notes live on in the kept employer; its own record is a bare tombstone.
    expect((await db.employers.get(kept))?.notes).toContain('040 123 4567');
    expect(await db.employers.get(typo)).toMatchObject({
      name: 'Rautakauppa Oy',
      sector: '',
      area: '',
      notes: '',
      mergedInto: kept,
      deletedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(JSON.stringify(await db.employers.get(typo))).not.toMatch(/Rautakaupa Oy|Maija|040/);
    // Every changed record waits in the sync outbox.
    const outbox = new Set((await db.syncOutbox.toArray()).map((entry) => entry.key));
    for (const id of [kept, typo]) expect(outbox.has(`employers:${id}`)).toBe(true);
    for (const record of after.jobs.filter((j) => j.startDate === '2025-02-03')) expect(outbox.has(`jobs:${record.id}`)).toBe(true);
    for (const record of after.contacts) expect(outbox.has(`employerContacts:${record.id}`)).toBe(true);
    for (const record of after.people) expect(outbox.has(`employerContactPeople:${record.id}`)).toBe(true);
    // Merged, it leaves the team leader's list.
    expect((await listEmployersFromJobs(db, serviceId)).map((e) => e.id)).toEqual([other]);
  });

  it('changes nothing when the merge fails half-way', async () => {
    const before = await snapshot();
    // The jobs, contacts and people have moved and the kept employer is written when the tombstone's write fails.
    const put = db.employers.put.bind(db.employers);
    let calls = 0;
    const spy = vi.spyOn(db.employers, 'put').mockImplementation((...args: Parameters<typeof put>) => {
      calls += 1;
      return calls === 2 ? (Promise.reject(new Error('disk full')) as ReturnType<typeof put>) : put(...args);
    });
    await expect(mergeEmployers(db, kept, typo, LATER)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(calls).toBe(2);
    expect(await snapshot()).toEqual(before);
    expect((await listEmployersFromJobs(db, serviceId)).map((e) => e.id)).toEqual([other, typo]);
  });
});
