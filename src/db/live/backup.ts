import { useCurrentLiveQuery } from './use-current-live-query';
import type { BackupReminder } from '../../domain/transfer/backup-reminder';
import { db } from '../app-db';
import { getBackupReminder, getLastBackupAt } from '../repos/backup-meta';

/** undefined while loading, null when this device never made a backup. */
export function useLastBackupAt(): string | null | undefined {
  return useCurrentLiveQuery(() => getLastBackupAt(db), []);
}

/** undefined while loading. `now` is read when the query runs, i.e. on every change of data. */
export function useBackupReminder(): BackupReminder | undefined {
  return useCurrentLiveQuery(() => getBackupReminder(db, new Date()), []);
}
