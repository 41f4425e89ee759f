import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../../db/app-db';
import { readSyncConfig } from '../../db/sync/config';
import type { SyncEngine, SyncStatus } from '../../db/sync/engine';
import { currentEngine, startEngine, subscribeEngine } from '../../db/sync/running-engine';

let starting: Promise<void> | null = null;

/** Starts team sync from the stored connection, once; nothing happens when none is stored. */
export function startSyncFromStorage(): Promise<void> {
  starting ??= (async () => {
    if (currentEngine()) return;
    const config = await readSyncConfig(db);
    if (config && config.services.length > 0) await startEngine(db, config);
  })().finally(() => {
    starting = null;
  });
  return starting;
}

export function useSyncEngine(): SyncEngine | null {
  return useSyncExternalStore(subscribeEngine, currentEngine);
}

/** The running sync's status; null when sync is not running. */
export function useSyncStatus(): SyncStatus | null {
  const engine = useSyncEngine();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => (engine ? engine.subscribe(setStatus) : undefined), [engine]);
  return engine ? status : null;
}
