import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { applyRestore, exportBackup } from '../../src/db/repos/backup';
import { employerIdForName } from '../../src/domain/employers/job-employers';
import { BACKUP_VERSION } from '../../src/domain/transfer/backup-format';
import { readBackupBytes } from '../../src/domain/transfer/restore-backup';
import { scratchDatabase, V6_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * A backup made before schema version 10 (backup format 1) names each job's employer as text. It
 * still restores: its jobs are linked to its employers by name, and a name it lacks becomes an
 * employer whose id is the one a device's own upgrade gives that name, so restoring the backup
 * onto a device that upgraded the same data adds no second employer.
 */
const FIXTURE = readFileSync(path.resolve('test/fixtures/backups/fidelio-backup-v1-jobs.json'));
const fixture = JSON.parse(FIXTURE.toString('utf8')) as { data: Record<string, Record<string, unknown>[]> };
const V9_STORES = { ...V6_STORES, syncOutbox: 'key', syncRevs: 'key', syncState: 'key', staffAbsences: 'id, serviceId, staffId' };
const scratch = scratchDatabase('fidelio-backup-jobs-v1');

function readFixture() {
  const result = readBackupBytes(new Uint8Array(FIXTURE));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.backup;
}

describe('a version-1 backup whose jobs name employers as text', () => {
  it('reads as the current version with every job linked to an employer of the file', () => {
    const backup = readFixture();
    expect(backup.version).toBe(BACKUP_VERSION);
    const posti = employerIdForName('s1', 'Posti');
    expect(backup.data.jobs?.map((j) => [j.id, j.employerId, j.competitive, j.competitiveAnswers])).toEqual([
      ['j1', 'e1', true, null],
      ['j2', posti, false, null],
      ['j3', employerIdForName('s1', 'Poistettu Oy'), true, null],
    ]);
    expect(backup.data.employers?.map((e) => [e.name, e.deletedAt])).toEqual([
      ['Kahvila Ääni', null],
      ['Posti', null],
      ['Poistettu Oy', '2025-02-01T08:00:00.000Z'],
    ]);
  });

  it('restores into an empty device, and a backup made there restores again', async () => {
    const db = scratch.track(createDb(scratch.name));
    await db.open();
    await applyRestore(db, readFixture(), 'replace');
    expect(await db.jobs.count()).toBe(3);
    expect((await db.jobs.get('j2'))?.employerId).toBe(employerIdForName('s1', 'Posti'));
    const again = readBackupBytes(new TextEncoder().encode(JSON.stringify(await exportBackup(db, new Date('2025-03-02T00:00:00Z')))));
    expect(again.ok).toBe(true);
  });

  it('merged onto a device that upgraded the same data, adds no second employer for a name', async () => {
    const { data } = fixture;
    await writeOldDatabase(scratch.name, 9, V9_STORES, {
      services: data.services!,
      clients: data.clients!,
      employers: data.employers!,
      jobs: data.jobs!,
    });
    const db = scratch.track(createDb(scratch.name));
    await db.open();
    const upgraded = await db.employers.toArray();
    const linkedJobs = (await db.jobs.toArray()).map((j) => [j.id, j.employerId]);
    expect(linkedJobs).toEqual(readFixture().data.jobs?.map((j) => [j.id, j.employerId]));
    await applyRestore(db, readFixture(), 'merge');
    expect((await db.employers.toArray()).map((e) => e.id).sort()).toEqual(upgraded.map((e) => e.id).sort());
    expect(await db.employers.count()).toBe(3);
    expect((await db.jobs.toArray()).map((j) => [j.id, j.employerId])).toEqual(linkedJobs);
  });
});
