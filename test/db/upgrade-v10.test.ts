import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { loadEmployerHistory } from '../../src/db/employer-queries';
import { loadEvidenceInput } from '../../src/db/evidence-queries';
import { EMPLOYERS_FROM_JOBS_KEY, type EmployersFromJobsNotice } from '../../src/db/link-job-employers';
import { mergeEmployers } from '../../src/db/repos/employers';
import { employerIdForName } from '../../src/domain/employers/job-employers';
import { checkIntegrity } from '../../src/domain/integrity/check-records';
import { BACKUP_TABLES } from '../../src/domain/transfer/backup-tables';
import { scratchDatabase, V6_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * Version 10 (issues 15 and 16): a job names its employer from the directory. A database written
 * with the frozen version-9 schema, jobs naming employers as free text as the app stored them
 * until now, opens with the current code: each job is linked to the directory employer of the same
 * name (case, spacing and Unicode form ignored), names the directory lacked become entries of
 * their own (listed for the team leader), a deleted job's name does not enter the directory, and
 * every job keeps its competitive flag, with no answers made up.
 */
const V9_STORES = { ...V6_STORES, syncOutbox: 'key', syncRevs: 'key', syncState: 'key', staffAbsences: 'id, serviceId, staffId' };

const AT = '2025-01-05T10:00:00.000Z';
const LATER = '2025-02-01T08:00:00.000Z';
const sync = (serviceId: string, at = AT) => ({ serviceId, createdAt: at, updatedAt: at, deletedAt: null });
const job = (id: string, serviceId: string, clientId: string, employer: string, extra: object = {}) => ({
  id,
  ...sync(serviceId),
  clientId,
  employer,
  title: 'Kokki',
  jobType: 'Ravintola',
  startDate: '2024-05-01',
  endDate: null,
  hoursPerWeek: 20,
  competitive: true,
  paySubsidy: false,
  ...extra,
});
const employer = (id: string, serviceId: string, name: string, extra: object = {}) => ({
  id,
  ...sync(serviceId),
  name,
  sector: 'Ravintola',
  area: '',
  notes: '',
  mergedInto: null,
  ...extra,
});

const V9_RECORDS = {
  services: [
    { id: 's1', ...sync('s1'), name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' },
    { id: 's2', ...sync('s2'), name: 'Toinen palvelu', organisation: '', region: '', notes: '' },
  ],
  clients: [
    {
      id: 'c1',
      ...sync('s1'),
      code: 'ÄÄN-001',
      referralDate: '2024-04-01',
      referralSource: 'default:typ',
      startDate: '2024-04-02',
      notes: '',
    },
    {
      id: 'c2',
      ...sync('s2'),
      code: 'TOI-001',
      referralDate: '2024-04-01',
      referralSource: 'default:typ',
      startDate: '2024-04-02',
      notes: '',
    },
  ],
  employers: [
    employer('e-old', 's1', 'Kahvila Ääni', { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }),
    // A later duplicate of the same name: jobs go to the older one.
    employer('e-dup', 's1', 'KAHVILA ÄÄNI', { createdAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' }),
    // A removed (merged) employer is not matched.
    employer('e-gone', 's1', 'Posti', { deletedAt: AT, mergedInto: 'e-old' }),
  ],
  jobs: [
    // Decomposed "ä" (a + combining diaeresis), extra spaces, other case: still the same employer.
    job('j1', 's1', 'c1', '  kahvila  A\u0308a\u0308ni '),
    job('j2', 's1', 'c1', 'Posti', { competitive: false, paySubsidy: true }),
    job('j3', 's1', 'c1', 'posti ', { createdAt: '2025-01-20T00:00:00.000Z', updatedAt: '2025-01-20T00:00:00.000Z' }),
    job('j4', 's1', 'c1', 'Poistettu Oy', { deletedAt: LATER, updatedAt: LATER }),
    // The same name in another service is that service's own employer.
    job('j5', 's2', 'c2', 'Posti'),
  ],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v10');

describe('opening a version-9 database whose jobs name employers as text', () => {
  it('links every job to the directory by name, creating entries for names it lacked, flags kept', async () => {
    await writeOldDatabase(scratch.name, 9, V9_STORES, V9_RECORDS);
    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBe(10);

    const jobs = new Map((await db.jobs.toArray()).map((j) => [j.id, j]));
    const posti1 = employerIdForName('s1', 'Posti');
    const posti2 = employerIdForName('s2', 'Posti');
    expect(posti1).not.toBe(posti2);
    expect(posti1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...jobs.values()].map((j) => [j.id, j.employerId, j.competitive, j.competitiveAnswers])).toEqual([
      ['j1', 'e-old', true, null],
      ['j2', posti1, false, null],
      ['j3', posti1, true, null],
      ['j4', employerIdForName('s1', 'Poistettu Oy'), true, null],
      ['j5', posti2, true, null],
    ]);
    // Nothing else of a job changed: not even its updatedAt (linking is not an edit).
    const before: Record<string, unknown> = { ...V9_RECORDS.jobs[0]! };
    delete before.employer;
    expect(jobs.get('j1')).toEqual({ ...before, employerId: 'e-old', competitiveAnswers: null });

    // The created entries: the name as the first job wrote it, entered with that job; a name only
    // a deleted job used is a tombstone, so it does not appear in the directory.
    const employers = new Map((await db.employers.toArray()).map((e) => [e.id, e]));
    expect(employers.size).toBe(6);
    expect(employers.get(posti1)).toMatchObject({ serviceId: 's1', name: 'Posti', createdAt: AT, deletedAt: null, sector: '' });
    expect(employers.get(posti2)).toMatchObject({ serviceId: 's2', name: 'Posti', deletedAt: null });
    expect(employers.get(employerIdForName('s1', 'Poistettu Oy'))).toMatchObject({ name: 'Poistettu Oy', deletedAt: LATER });
    expect(employers.get('e-gone')).toEqual(V9_RECORDS.employers[2]);

    // Listed for the team leader: the live entries created from jobs' names.
    const notice = (await db.meta.get(EMPLOYERS_FROM_JOBS_KEY))?.value as EmployersFromJobsNotice;
    expect(notice.matched).toBe(1);
    expect(notice.dismissedAt).toBeNull();
    expect(notice.created.map((c) => [c.serviceId, c.name]).sort()).toEqual([
      ['s1', 'Posti'],
      ['s2', 'Posti'],
    ]);

    // Every record is valid under today's schemas and the invariants hold (references included).
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of ['services', 'clients', 'employers', 'jobs'] as const) {
      tables[table] = await db.table(table).toArray();
      for (const record of tables[table])
        expect(BACKUP_TABLES[table].schema.safeParse(record).success, `${table} ${String(record.id)}`).toBe(true);
    }
    expect(checkIntegrity(tables, {}).problems).toEqual([]);

    // The employer's page lists its jobs, evidence counts employers by directory id, and a merge moves jobs along.
    expect((await loadEmployerHistory(db, posti1))?.jobs.map((j) => j.id).sort()).toEqual(['j2', 'j3']);
    expect((await loadEvidenceInput(db, 's1')).jobs.map((j) => j.employerId).sort()).toEqual(['e-old', posti1, posti1].sort());
    await mergeEmployers(db, 'e-old', posti1, new Date(LATER));
    expect((await db.jobs.where('employerId').equals('e-old').primaryKeys()).sort()).toEqual(['j1', 'j2', 'j3']);
  });

  it('changes nothing when no job names its employer as text', async () => {
    await writeOldDatabase(scratch.name, 9, V9_STORES, { ...V9_RECORDS, jobs: [] });
    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(await db.employers.count()).toBe(3);
    expect(await db.meta.get(EMPLOYERS_FROM_JOBS_KEY)).toBeUndefined();
  });
});
