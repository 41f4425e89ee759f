import PouchDB from 'pouchdb-core';
import type { FidelioDb } from '../app-db';
import { forgetService, readSyncConfig, type SyncConfig } from './config';
import { localPouchName, SyncEngine } from './engine';
import { LOCAL_POUCH_OPTIONS } from './local-pouch';

/*
 * The one running team sync of this device (./engine.ts), if a server is configured: started,
 * stopped and watched by the Settings screens and the app's status line.
 */
let running: SyncEngine | null = null;
const engineListeners = new Set<() => void>();

export function currentEngine(): SyncEngine | null {
  return running;
}

/** Told when sync starts or stops (for React's useSyncExternalStore). */
export function subscribeEngine(listener: () => void): () => void {
  engineListeners.add(listener);
  return () => engineListeners.delete(listener);
}

export async function startEngine(db: FidelioDb, config: SyncConfig): Promise<SyncEngine> {
  await running?.stop();
  running = new SyncEngine(db, config);
  running.start();
  for (const listener of engineListeners) listener();
  return running;
}

export async function stopEngine(destroyLocal = false): Promise<void> {
  const engine = running;
  running = null;
  for (const listener of engineListeners) listener();
  await engine?.stop(destroyLocal);
}

/**
 * Removes a synced service from this device only (issue 17): sync stops, the service's records and
 * its local replica go, nothing is sent, and sync starts again for the other services.
 */
export async function removeServiceFromDevice(db: FidelioDb, serviceId: string): Promise<void> {
  await stopEngine();
  await forgetService(db, serviceId);
  await new PouchDB(localPouchName(db, serviceId), LOCAL_POUCH_OPTIONS).destroy();
  const config = await readSyncConfig(db);
  if (config && config.services.length > 0) await startEngine(db, config);
}
