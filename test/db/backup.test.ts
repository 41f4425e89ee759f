import { readFileSync } from 'node:fs';
import path from 'node:path';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { applyRestore, exportBackup, previewRestore, recordBackupMade } from '../../src/db/repos/backup';
import { getBackupReminder, getLastBackupAt } from '../../src/db/repos/backup-meta';
import { loadDemo } from '../../src/db/repos/demo';
import { addRecommendation } from '../../src/db/repos/recommendations';
import { setRatingNotes, setRatingScore } from '../../src/db/repos/ratings';
import { listRatings } from '../../src/db/queries';
import { BACKUP_TABLE_NAMES, DEVICE_LOCAL_TABLES } from '../../src/domain/transfer/backup-tables';
import { readBackupBytes } from '../../src/domain/transfer/restore-backup';
import type { Backup } from '../../src/domain/transfer/backup-format';
import { dropDb, freshDb, LATER, NOW, serviceWithReview } from './helpers';

const dbs: FidelioDb[] = [];
function open(): FidelioDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

/** Export → serialise → bytes → checked backup, as the screen does it. */
async function roundTrip(db: FidelioDb): Promise<Backup> {
  const text = JSON.stringify(await exportBackup(db, NOW));
  const result = readBackupBytes(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.backup;
}

async function tablesOf(db: FidelioDb) {
  return Object.fromEntries(await Promise.all(BACKUP_TABLE_NAMES.map(async (n) => [n, await db.table(n).toArray()])));
}

async function filled(db: FidelioDb) {
  const { serviceId, reviewId } = await serviceWithReview(db);
  const ratings = await listRatings(db, reviewId);
  await setRatingScore(db, ratings[0]!.id, 4, NOW);
  await setRatingNotes(db, ratings[0]!.id, 'Ääkköset, emoji 🙂, "lainaus"\nrivi', NOW);
  await addRecommendation(db, reviewId, 'staffing-1', '@SUM(A1)', 'high', NOW);
  return { serviceId, reviewId, ratings };
}

describe('backup registry', () => {
  it('covers every Dexie table except the device-local ones', () => {
    const db = open();
    const tables = db.tables.map((t) => t.name).filter((n) => !(DEVICE_LOCAL_TABLES as readonly string[]).includes(n));
    expect([...BACKUP_TABLE_NAMES].sort(), 'add each new table to src/domain/transfer/backup-tables.ts').toEqual(tables.sort());
  });
});

describe('backup and restore', () => {
  it('round trip export → wipe → import gives identical data (reliability.md #9)', async () => {
    const source = open();
    await filled(source);
    const before = await tablesOf(source);
    const backup = await roundTrip(source);

    const target = open(); // a wiped device: a new empty database
    await target.open();
    await applyRestore(target, backup, 'replace');
    expect(await tablesOf(target)).toEqual(before);
  });

  it('imports the version-1 fixture into an empty device', async () => {
    const result = readBackupBytes(new Uint8Array(readFileSync(path.resolve('test/fixtures/backups/fidelio-backup-v1.json'))));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const db = open();
    await db.open();
    const counts = await applyRestore(db, result.backup, 'replace');
    expect(counts.ratings.added).toBe(25);
    expect(await db.services.count()).toBe(2);
    expect((await db.reviews.toArray())[0]).toEqual(result.backup.data.reviews?.[0]);
  });

  it('merge keeps newer device edits and adds what is new; replace makes the device equal the file', async () => {
    const db = open();
    const { ratings } = await filled(db);
    const backup = await roundTrip(db);
    await setRatingScore(db, ratings[1]!.id, 2, LATER); // newer than the file
    const other = open();
    await serviceWithReview(other);
    const merged = {
      ...backup,
      data: { ...backup.data, services: [...(backup.data.services ?? []), ...(await other.services.toArray())] },
    };

    const preview = await previewRestore(db, merged, 'merge');
    expect(preview.services).toEqual({ inFile: 2, added: 1, updated: 0, kept: 1, removed: 0 });
    expect(preview.ratings.kept).toBe(25);
    await applyRestore(db, merged, 'merge');
    expect((await db.ratings.get(ratings[1]!.id))?.score).toBe(2);
    expect(await db.services.count()).toBe(2);

    await applyRestore(db, backup, 'replace');
    expect((await db.ratings.get(ratings[1]!.id))?.score).toBeNull();
    expect(await db.services.count()).toBe(1);
  });

  it('writes nothing when any write fails (one transaction or nothing)', async () => {
    const db = open();
    await filled(db);
    const backup = await roundTrip(db);
    const target = open();
    await target.open();
    // A record that passes the file check but that IndexedDB refuses (an invalid key) fails late.
    const broken = { ...backup, data: { ...backup.data, ratings: [...(backup.data.ratings ?? []), { id: null }] } } as unknown as Backup;
    await expect(applyRestore(target, broken, 'replace')).rejects.toThrow();
    for (const name of BACKUP_TABLE_NAMES.filter((n) => n !== 'scales')) expect(await target.table(name).count()).toBe(0);
  });

  it('does not bring the device-local meta table along', async () => {
    const db = open();
    await filled(db);
    await recordBackupMade(db, NOW);
    const backup = await exportBackup(db, NOW);
    expect(Object.keys(backup.data).sort()).toEqual([...BACKUP_TABLE_NAMES].sort());
    expect(backup.data).not.toHaveProperty('meta');
  });
});

describe('backup reminder', () => {
  it('reminds on data never backed up, then not after a backup, then again after 30 days of changes', async () => {
    const db = open();
    await db.open();
    expect(await getBackupReminder(db, NOW)).toBe('none');
    const { ratings } = await filled(db);
    expect(await getBackupReminder(db, NOW)).toBe('never-backed-up');
    await recordBackupMade(db, NOW);
    expect(await getLastBackupAt(db)).toBe(NOW.toISOString());
    const in31Days = new Date(NOW.getTime() + 31 * 86_400_000);
    expect(await getBackupReminder(db, in31Days)).toBe('none');
    await setRatingScore(db, ratings[2]!.id, 5, LATER);
    expect(await getBackupReminder(db, LATER)).toBe('none');
    expect(await getBackupReminder(db, in31Days)).toBe('overdue');
  });
});

describe('live queries after a restore', () => {
  it('re-run on both connections, though the restore puts its records past Dexie', async () => {
    const source = open();
    await filled(source);
    const backup = await roundTrip(source);
    const db = open();
    await db.open();
    const seen: number[] = [];
    const subscription = liveQuery(() =>
      db.ratings
        .where('reviewId')
        .equals(backup.data.reviews![0]!.id as string)
        .count(),
    ).subscribe((n) => seen.push(n));
    // Each step waits for the expected emission; an extra or wrong one never matches and fails.
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await applyRestore(db, backup, 'merge');
    await vi.waitFor(() => expect(seen).toEqual([0, 25]));
    subscription.unsubscribe();
  });
});

describe('live backup reminder', () => {
  it('appears when data arrives through the strict connection (the demo) and goes after a backup', async () => {
    const db = open();
    await db.open();
    const seen: string[] = [];
    const subscription = liveQuery(() => getBackupReminder(db, NOW)).subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual(['none']));
    await loadDemo(db, 'fi', NOW);
    await vi.waitFor(() => expect(seen).toEqual(['none', 'never-backed-up']));
    await recordBackupMade(db, NOW);
    await vi.waitFor(() => expect(seen).toEqual(['none', 'never-backed-up', 'none']));
    subscription.unsubscribe();
  });
});
