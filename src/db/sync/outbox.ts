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

function entriesFor(table: string, req: DBCoreMutateRequest): object[] {
  // Hard deletes are not sent: deletion travels as a tombstone record (sync contract).
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
            async mutate(req: DBCoreMutateRequest) {
              const result = await table.mutate(req);
              const entries = isOutboxEnabled(dbName) ? entriesFor(name, req) : [];
              if (entries.length > 0) await down.table(OUTBOX).mutate({ type: 'put', trans: req.trans, values: entries });
              return result;
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
