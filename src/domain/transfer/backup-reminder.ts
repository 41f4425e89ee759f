/** How long a backup counts as recent. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFacts {
  /** Whether the device holds any user record (tombstones included: they are data too). */
  hasData: boolean;
  lastBackupAt: string | null;
  /** The updatedAt of a record changed after the last backup (any one will do), or null when none is known. */
  lastChangeAt: string | null;
  now: Date;
}

export type BackupReminder = 'none' | 'never-backed-up' | 'overdue';

/** A backup counts as recent for 30 days; an unreadable instant counts as no backup. */
export function isBackupOld(lastBackupAt: string, now: Date): boolean {
  const last = Date.parse(lastBackupAt);
  return Number.isNaN(last) || now.getTime() - last >= BACKUP_REMINDER_DAYS * DAY_MS;
}

/**
 * reliability.md §0.1 (browsers may delete everything): remind when there is data that was never
 * backed up, or when the last backup is 30 days old or older and something changed since.
 * A device with nothing new since a backup is not nagged, however old the backup.
 */
export function backupReminder({ hasData, lastBackupAt, lastChangeAt, now }: BackupFacts): BackupReminder {
  if (!hasData) return 'none';
  if (lastBackupAt === null) return 'never-backed-up';
  if (Number.isNaN(Date.parse(lastBackupAt))) return 'never-backed-up';
  const isOld = isBackupOld(lastBackupAt, now);
  const hasChanged = lastChangeAt !== null && lastChangeAt > lastBackupAt;
  return isOld && hasChanged ? 'overdue' : 'none';
}
