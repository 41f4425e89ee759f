import { backupReminder, isBackupOld, type BackupReminder } from '../../domain/transfer/backup-reminder';
import { BACKUP_TABLE_NAMES } from '../../domain/transfer/backup-table-names';
import type { FidelioDb } from '../app-db';

// Kept apart from backup.ts so the reminder on the service list does not load the restore code.
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** The instant of the last backup made on this device, or null when there was none. */
export async function getLastBackupAt(db: FidelioDb): Promise<string | null> {
  const value = (await db.meta.get(LAST_BACKUP_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

/** Tables whose records the user made (the scale is seeded by the app, so it does not count). */
const USER_TABLES = BACKUP_TABLE_NAMES.filter((name) => name !== 'scales');

/**
 * A change made after `since`, or null. A scan, but only when the last backup is already 30 days
 * old, and it stops at the first change found: with 200,000 employer contacts a full scan of every
 * table took seconds, and the answer needs only one changed record. Smaller tables go first, as
 * the records people edit most (reviews, ratings, clients) are there.
 */
async function changeSince(db: FidelioDb, since: string): Promise<string | null> {
  const sizes = new Map<string, number>();
  for (const name of USER_TABLES) sizes.set(name, await db.table(name).count());
  const bySize = [...USER_TABLES].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
  for (const name of bySize) {
    const changed = (await db
      .table(name)
      .filter((row: { updatedAt?: unknown }) => typeof row.updatedAt === 'string' && row.updatedAt > since)
      .first()) as { updatedAt: string } | undefined;
    if (changed) return changed.updatedAt;
  }
  return null;
}

/** Whether the service list should remind the user to make a backup, and why. */
export async function getBackupReminder(db: FidelioDb, now: Date): Promise<BackupReminder> {
  // Only direct table reads (at most one helper deep): with getMeta's extra level of native
  // awaits, Dexie's live query lost track of the reads and never re-ran after new data.
  const lastBackupAt = await getLastBackupAt(db);
  let hasData = false;
  for (const name of USER_TABLES) {
    if (!hasData) hasData = (await db.table(name).count()) > 0;
  }
  if (!hasData) return 'none';
  // Only an old backup needs the scan for changes since it.
  if (lastBackupAt === null || !isBackupOld(lastBackupAt, now)) {
    return backupReminder({ hasData, lastBackupAt, lastChangeAt: null, now });
  }
  return backupReminder({ hasData, lastBackupAt, lastChangeAt: await changeSince(db, lastBackupAt), now });
}
