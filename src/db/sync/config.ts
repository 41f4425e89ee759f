import type { FidelioDb } from '../app-db';
import { remoteConnection } from './remote-connection';
import { isOutboxEnabled, setOutboxEnabled } from './outbox';
import { docId, SYNCED_TABLES } from './synced-tables';

/** What this device knows of its team server connection (device-local, in syncState). */
export interface SyncConfig {
  /** The origin serving the app and /couchdb/; the app's own by default. */
  server: string;
  user: string;
  /** The services this device keeps, with their names when chosen. */
  services: { id: string; name: string }[];
}

const CONFIG_KEY = 'config';

/** The records of these services in one table (the services table has no serviceId index). */
const ofServices = (db: FidelioDb, name: string, serviceIds: string[]) =>
  db
    .table(name)
    .where(name === 'services' ? 'id' : 'serviceId')
    .anyOf(serviceIds);

export async function readSyncConfig(db: FidelioDb): Promise<SyncConfig | null> {
  const value = (await db.syncState.get(CONFIG_KEY))?.value as SyncConfig | undefined;
  return value && typeof value.server === 'string' && Array.isArray(value.services) ? value : null;
}

/** True when a team server is configured on this device (known synchronously at start). */
export const isSyncConfigured = (db: FidelioDb): boolean => isOutboxEnabled(db.name);

/**
 * Saves the connection and starts marking changes. The records this device already holds of a
 * newly chosen service are all marked to be sent, in the same transaction: a team leader's existing
 * service reaches the server in full.
 */
export async function saveSyncConfig(db: FidelioDb, config: SyncConfig): Promise<void> {
  setOutboxEnabled(db.name, true);
  const previous = new Set((await readSyncConfig(db))?.services.map((s) => s.id) ?? []);
  const added = config.services.map((s) => s.id).filter((id) => !previous.has(id));
  await db.transaction('rw', [...SYNCED_TABLES.map((name) => db.table(name)), db.syncOutbox, db.syncState], async () => {
    for (const name of SYNCED_TABLES) {
      const keys = (await ofServices(db, name, added).primaryKeys()) as string[];
      const rows = await db.table(name).bulkGet(keys);
      await db.syncOutbox.bulkPut(
        rows.flatMap((row: { id: string; serviceId: string } | undefined) =>
          row ? [{ key: docId(name, row.id), table: name, id: row.id, serviceId: row.serviceId, change: Date.now() * 1000 }] : [],
        ),
      );
    }
    await db.syncState.put({ key: CONFIG_KEY, value: config });
  });
}

/** The device-local bookkeeping of one kept service (../sync/apply.ts, ./server-refusals.ts, engine). */
const SERVICE_STATE = ['seq', 'conflicts', 'held', 'refused', 'denied', 'settled', 'pushed'];

/**
 * Stops keeping one service on this device: its records go from the device (through the
 * connection that marks nothing, so nothing is sent: the team's data stays on the server), with
 * what sync kept of them; the other services and the connection stay. Its local replica is the
 * engine's to destroy (./engine.ts removeServiceFromDevice).
 */
export async function forgetService(db: FidelioDb, serviceId: string): Promise<void> {
  const remote = remoteConnection(db);
  await remote.transaction(
    'rw',
    [...SYNCED_TABLES.map((name) => remote.table(name)), remote.syncOutbox, remote.syncRevs, remote.syncState],
    async () => {
      for (const name of SYNCED_TABLES) {
        const ids = (await ofServices(remote, name, [serviceId]).primaryKeys()) as string[];
        const keys = ids.map((id) => docId(name, id));
        await remote.syncRevs.bulkDelete(keys);
        await remote.syncOutbox.bulkDelete(keys);
        await remote.table(name).bulkDelete(ids);
      }
      await remote.syncState.bulkDelete(SERVICE_STATE.map((part) => `${part}:${serviceId}`));
      const config = (await remote.syncState.get(CONFIG_KEY))?.value as SyncConfig | undefined;
      if (config)
        await remote.syncState.put({ key: CONFIG_KEY, value: { ...config, services: config.services.filter((s) => s.id !== serviceId) } });
    },
  );
}

/** Changes not yet handed to PouchDB (the rest of the unsent count is PouchDB's, see engine). */
export function outboxCount(db: FidelioDb): Promise<number> {
  return db.syncOutbox.count();
}

/**
 * Forgets the connection. With `removeData`, the synced services' records go too (written through
 * the connection that marks nothing); otherwise they stay as this device's own data.
 */
export async function forgetSyncConfig(db: FidelioDb, removeData: boolean): Promise<void> {
  const config = await readSyncConfig(db);
  const serviceIds = config?.services.map((s) => s.id) ?? [];
  setOutboxEnabled(db.name, false);
  const remote = remoteConnection(db);
  await remote.transaction(
    'rw',
    [...SYNCED_TABLES.map((name) => remote.table(name)), remote.syncOutbox, remote.syncRevs, remote.syncState],
    async () => {
      if (removeData) for (const name of SYNCED_TABLES) await ofServices(remote, name, serviceIds).delete();
      await Promise.all([remote.syncOutbox.clear(), remote.syncRevs.clear(), remote.syncState.clear()]);
    },
  );
}
