import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, DbCoreTransactionOptions, Dexie, Transaction } from 'dexie';
import { docId, isSyncedTable } from './synced-tables';

/*
 * The "to be sent" mark of team sync (issue 17). A DBCore middleware adds the outbox table to
 * every read-write transaction that touches a synced table and puts an entry for each written
 * record in it, inside that same transaction: a change and its mark are committed together or not
 * at all, whichever screen or repository made the change. Changes that came from the server are
 * written through a second connection without this middleware (./remote-connection.ts), so they
 * are never marked and never echo back.
 *
 * Only a device with a team server configured marks its changes; the switch is remembered in
 * localStorage so that it is known synchronously, before the first write of a start.
 */
const OUTBOX = 'syncOutbox';
const switchKey = (dbName: string) => `fidelio-sync-outbox:${dbName}`;
const enabled = new Map<string, boolean>();
const switchListeners = new Set<() => void>();
// Sync set up or signed out of in another tab of the device: this tab's writes follow the switch
// at once (the sync engine runs in one tab only, and sends what every tab marked).
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === null) enabled.clear();
  else if (event.key.startsWith(switchKey(''))) enabled.delete(event.key.slice(switchKey('').length));
  else return;
  for (const listener of switchListeners) listener();
});

/** Told when the switch changes, in this tab or another (for React's useSyncExternalStore). */
export function subscribeOutboxSwitch(listener: () => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

export function isOutboxEnabled(dbName: string): boolean {
  let on = enabled.get(dbName);
  if (on === undefined) {
    try {
      on = globalThis.localStorage?.getItem(switchKey(dbName)) === 'on';
    } catch {
      on = false; // Storage blocked: no server can have been configured on this device.
    }
    enabled.set(dbName, on);
  }
  return on;
}

export function setOutboxEnabled(dbName: string, on: boolean): void {
  enabled.set(dbName, on);
  for (const listener of switchListeners) listener();
  try {
    if (on) globalThis.localStorage?.setItem(switchKey(dbName), 'on');
    else globalThis.localStorage?.removeItem(switchKey(dbName));
  } catch {
    // Kept in memory for this session; the next start marks nothing until sync is set up again.
  }
}

let changeCounter = 0;
/** Increases within a session and across sessions (time-based), so a re-mark is always seen. */
const nextChange = () => (changeCounter = Math.max(changeCounter + 1, Date.now() * 1000));

type Removed = { id?: unknown; serviceId?: unknown } | undefined;

/**
 * The records a delete request is about to remove, read in its transaction: their service is
 * where the removal goes. Most deletions travel as a tombstone record (sync contract); a record
 * removed outright (an erased client's phase changes, assignments and jobs) must be removed on the
 * server and the other devices too, or the erasure would stop at this device.
 */
function toBeRemoved(table: ReturnType<DBCore['table']>, req: DBCoreMutateRequest): Promise<Removed[]> {
  if (req.type === 'delete') return table.getMany({ trans: req.trans, keys: req.keys }) as Promise<Removed[]>;
  if (req.type === 'deleteRange')
    return table
      .query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result as Removed[]);
  return Promise.resolve([]);
}

function removalEntries(table: string, rows: readonly Removed[]): object[] {
  return rows.flatMap((row) =>
    typeof row?.id === 'string' && typeof row.serviceId === 'string'
      ? [{ key: docId(table, row.id), table, id: row.id, serviceId: row.serviceId, change: nextChange() }]
      : [],
  );
}

function entriesFor(table: string, req: DBCoreMutateRequest): object[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  const byKey = new Map<string, string>();
  req.values.forEach((value: { id?: unknown; serviceId?: unknown }, index) => {
    const id = req.keys?.[index] ?? value?.id;
    if (typeof id === 'string') byKey.set(id, typeof value?.serviceId === 'string' ? value.serviceId : '');
  });
  if (req.type === 'put') for (const id of req.updates?.keys ?? []) if (typeof id === 'string' && !byKey.has(id)) byKey.set(id, '');
  return [...byKey].map(([id, serviceId]) => ({ key: docId(table, id), table, id, serviceId, change: nextChange() }));
}

function outboxMiddleware(dbName: string) {
  return {
    stack: 'dbcore' as const,
    name: 'fidelio-sync-outbox',
    create(down: DBCore): Partial<DBCore> {
      return {
        ...down,
        transaction(stores: string[], mode: 'readonly' | 'readwrite', options?: DbCoreTransactionOptions): DBCoreTransaction {
          const needsOutbox = mode === 'readwrite' && !stores.includes(OUTBOX) && stores.some(isSyncedTable) && isOutboxEnabled(dbName);
          return down.transaction(needsOutbox ? [...stores, OUTBOX] : stores, mode, options);
        },
        table(name: string) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              const mark = (removed: readonly Removed[]) =>
                table.mutate(req).then((result) => {
                  const entries = isOutboxEnabled(dbName) ? [...entriesFor(name, req), ...removalEntries(name, removed)] : [];
                  if (entries.length === 0) return result;
                  return down
                    .table(OUTBOX)
                    .mutate({ type: 'put', trans: req.trans, values: entries })
                    .then(() => result);
                });
              // Promise chains, not await: Dexie's transaction zone must reach the next middleware's mutate.
              const isRemoval = req.type === 'delete' || req.type === 'deleteRange';
              return isRemoval && isOutboxEnabled(dbName) ? toBeRemoved(table, req).then(mark) : mark([]);
            },
          };
        },
      };
    },
  };
}

export function installOutbox(db: Dexie): void {
  db.use(outboxMiddleware(db.name));
}

/**
 * Marks records written with IndexedDB's own put (a restore's fast path, ../repos/backup.ts),
 * which passes under the middleware, in the same transaction.
 */
export function markRawPuts(db: Dexie, tx: Transaction, table: string, rows: readonly { id?: unknown; serviceId?: unknown }[]): void {
  if (!isSyncedTable(table) || !isOutboxEnabled(db.name) || rows.length === 0) return;
  const store = tx.idbtrans.objectStore(OUTBOX);
  for (const row of rows) {
    if (typeof row.id !== 'string') continue;
    store.put({
      key: docId(table, row.id),
      table,
      id: row.id,
      serviceId: typeof row.serviceId === 'string' ? row.serviceId : '',
      change: nextChange(),
    });
  }
}
