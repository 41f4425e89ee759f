import type { Table } from 'dexie';

/*
 * The stored versions of many records of which few, or none, are stored yet: a first sync's batch
 * of 2,000 records asked IndexedDB for each one (its synced revision, its stored version), one
 * request per record, on a device that had none of them. When the batch is large against the
 * table, the table's keys are read in one request and only the records stored are fetched.
 */
const FEW = 64;

/** As `table.bulkGet(keys)`, in the caller's transaction. */
export async function storedAmong<T>(table: Table<T, string>, keys: readonly string[]): Promise<(T | undefined)[]> {
  if (keys.length < FEW) return table.bulkGet([...keys]);
  const count = await table.count();
  if (count > keys.length * 16) return table.bulkGet([...keys]);
  const stored = count === 0 ? new Set<string>() : new Set(await table.toCollection().primaryKeys());
  const present = keys.filter((key) => stored.has(key));
  const rows = present.length > 0 ? await table.bulkGet(present) : [];
  const byKey = new Map(present.map((key, index) => [key, rows[index]]));
  return keys.map((key) => byKey.get(key));
}
