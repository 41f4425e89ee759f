import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../../db/app-db';
import { readSyncConfig } from '../../db/sync/config';
import type { SyncEngine, SyncStatus } from '../../db/sync/engine';
import { currentEngine, joinSync, otherTabStatus, subscribeEngine } from '../../db/sync/running-engine';

let starting: Promise<void> | null = null;

/**
 * Starts team sync from the stored connection, once; nothing happens when none is stored. When
 * another tab of the device already syncs, this one shows its status and takes over when it goes.
 */
export function startSyncFromStorage(): Promise<void> {
  starting ??= (async () => {
    if (currentEngine()) return;
    const config = await readSyncConfig(db);
    joinSync(db, Boolean(config && config.services.length > 0));
  })().finally(() => {
    starting = null;
  });
  return starting;
}

/** This tab's running sync; null when sync is off or another tab of the device runs it. */
export function useSyncEngine(): SyncEngine | null {
  return useSyncExternalStore(subscribeEngine, currentEngine);
}

/** Sync's status, and whether another tab or window of the device is the one syncing. */
export type ShownSyncStatus = SyncStatus & { otherWindow: boolean };

/** The running sync's status (this tab's, or the one another tab shares); null when sync is not running. */
export function useSyncStatus(): ShownSyncStatus | null {
  const engine = useSyncEngine();
  const elsewhere = useSyncExternalStore(subscribeEngine, otherTabStatus);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => (engine ? engine.subscribe(setStatus) : undefined), [engine]);
  if (engine) return status && { ...status, otherWindow: false };
  return elsewhere && { ...elsewhere, otherWindow: true };
}
