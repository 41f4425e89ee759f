import PouchDB from 'pouchdb-core';
import type { FidelioDb } from '../app-db';
import { forgetService, readSyncConfig } from './config';
import { localPouchName, SyncEngine, type SyncStatus } from './engine';
import { LOCAL_POUCH_OPTIONS } from './local-pouch';
import { leaderLockName, SyncLeader, type Locks } from './sync-leader';
import { openTabChannel, type TabChannel, type TabMessage } from './tab-channel';

/*
 * The one running team sync of this device (./engine.ts), if a server is configured: started,
 * stopped and watched by the Settings screens and the app's status line. Of the device's open
 * tabs only the one holding the sync lock runs it (./sync-leader.ts); the others show the status
 * it shares (./tab-channel.ts), and their changes reach it through the outbox in Dexie, whose
 * live query sees every tab's writes.
 */
let running: SyncEngine | null = null;
let otherTab: SyncStatus | null = null;
const engineListeners = new Set<() => void>();

export function currentEngine(): SyncEngine | null {
  return running;
}

/** The status shared by the tab that syncs, when it is another tab of this device. */
export function otherTabStatus(): SyncStatus | null {
  return running ? null : otherTab;
}

/** Told when sync starts or stops here, or another tab's status changes (for useSyncExternalStore). */
export function subscribeEngine(listener: () => void): () => void {
  engineListeners.add(listener);
  return () => engineListeners.delete(listener);
}

const changed = () => {
  for (const listener of engineListeners) listener();
};

let tab: { db: FidelioDb; leader: SyncLeader; channel: TabChannel } | null = null;

function leaderOf(db: FidelioDb): SyncLeader {
  if (tab?.db === db) return tab.leader;
  let stopSharing = () => {};
  const channel = openTabChannel(db.name, (message) => heard(message));
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  const leader = new SyncLeader(locks, leaderLockName(db.name), {
    lead: async () => {
      const config = await readSyncConfig(db);
      if (!config || config.services.length === 0) {
        channel.post({ type: 'stopped' });
        return false;
      }
      const engine = new SyncEngine(db, config);
      stopSharing = engine.subscribe((status) => channel.post({ type: 'status', status }));
      try {
        engine.start();
      } catch (error) {
        stopSharing();
        throw error;
      }
      running = engine;
      otherTab = null;
      changed();
      return true;
    },
    stepDown: async () => {
      const engine = running;
      running = null;
      stopSharing();
      changed();
      await engine?.stop();
    },
    askForLock: () => channel.post({ type: 'hand-over' }),
    changed,
  });
  const heard = (message: TabMessage) => {
    if (message.type === 'hello' && running) channel.post({ type: 'status', status: running.status });
    else if (message.type === 'hand-over') void leader.handOver();
    else if (message.type === 'stopped') otherTab = null;
    else if (message.type === 'status') {
      otherTab = message.status;
      // Sync was set up in another tab: this one waits to take over when that tab goes.
      if (!leader.isWanted) leader.join();
    }
    changed();
  };
  tab = { db, leader, channel };
  return leader;
}

/**
 * Starts team sync in this tab from the stored connection, or waits to take over from the tab that
 * runs it (`connected`: a connection is stored). Either way this tab hears the other tabs: when
 * one starts syncing, this one waits to take over.
 */
export function joinSync(db: FidelioDb, connected: boolean): void {
  const leader = leaderOf(db);
  if (connected) leader.join();
  if (!leader.isLeader) tab?.channel.post({ type: 'hello' });
}

/** Makes this the tab that syncs (e.g. to show and resolve conflicts, or to reconnect after signing in). */
export function syncHere(db: FidelioDb): Promise<void> {
  return leaderOf(db).leadHere();
}

/**
 * Runs `action` with team sync stopped on every tab of the device, then starts it again in this
 * tab from the connection stored by then (none: sync stays off).
 */
export function withSyncStopped<T>(db: FidelioDb, action: () => Promise<T>): Promise<T> {
  return leaderOf(db).act(action);
}

/** (Re)starts team sync from the stored connection, e.g. after a new connection was saved. */
export function startEngine(db: FidelioDb): Promise<void> {
  return withSyncStopped(db, async () => undefined);
}

/** Removes the device's replica of a kept service (call with sync stopped). */
export function destroyLocalReplica(db: FidelioDb, serviceId: string): Promise<void> {
  return new PouchDB(localPouchName(db, serviceId), LOCAL_POUCH_OPTIONS).destroy().then(() => undefined);
}

/**
 * Removes a synced service from this device only (issue 17): sync stops, the service's records and
 * its local replica go, nothing is sent, and sync starts again for the other services.
 */
export function removeServiceFromDevice(db: FidelioDb, serviceId: string): Promise<void> {
  return withSyncStopped(db, async () => {
    await forgetService(db, serviceId);
    await destroyLocalReplica(db, serviceId);
  });
}
