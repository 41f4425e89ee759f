import Dexie, { RangeSet, type ObservabilitySet, type Transaction } from 'dexie';
import * as z from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData } from '../../domain/transfer/backup-format';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTableName } from '../../domain/transfer/backup-tables';
import { planTable, type RestoreMode, type TableCounts } from '../../domain/transfer/restore-plan';
import { BUILT_IN_SCALE } from '../../domain/fidelity/built-in-scale';
import { erasedClient, erasedClientIds, withoutErasedClients } from '../../domain/caseload/erasure';
import { checkIntegrity } from '../../domain/integrity/check-records';
import { alignNaturalKeys } from '../../domain/integrity/natural-keys';
import type { IntegrityProblem, RecordsByTable } from '../../domain/integrity/problems';
import { reviewChanges, type ReviewChange } from '../../domain/integrity/review-changes';
import { strictConnection, type FidelioDb } from '../app-db';
import { toTimestamp } from '../ids';
import { LAST_BACKUP_KEY } from './backup-meta';
import { deletedClientIds, eraseClientsIn } from './erase-client';
import { markHasData, setMeta } from './meta';
import { RestoreRefusedError, SyncedDataError } from '../errors';
import { readSyncConfig } from '../sync/config';
import { markRawPuts } from '../sync/outbox';

type Row = Record<string, unknown>;

/**
 * Every backed-up table, read in one transaction so the file is a consistent snapshot even if
 * another tab writes meanwhile. Tombstones travel too: they are how deletions reach other devices.
 * An erased (or deleted) client travels as a content-free tombstone only, without their history.
 */
export async function exportBackup(db: FidelioDb, now: Date): Promise<Backup> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  const data: BackupData = {};
  await db.transaction('r', tables, async () => {
    for (const name of BACKUP_TABLE_NAMES) data[name] = (await db.table(name).toArray()) as Row[];
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: toTimestamp(now), data: withoutErasedClients(data) };
}

/** Remembered once the file was handed to the browser to save (device-local, in meta). */
export async function recordBackupMade(db: FidelioDb, now: Date): Promise<void> {
  await setMeta(db, LAST_BACKUP_KEY, toTimestamp(now));
}

export type RestorePlan = Record<BackupTableName, TableCounts>;

/** What a restore would do and whether it may: counts, the reviews it changes, and what it breaks. */
export interface RestoreCheck {
  counts: RestorePlan;
  /** Each review the restore writes to, with its total before and after (the preview's sentences). */
  reviews: ReviewChange[];
  /** The first invariant problems (issue 14 #1, #9); any problem refuses the whole restore. */
  problems: IntegrityProblem[];
  problemCount: number;
}

/**
 * Plans every table, then checks the records it would write against the records that stay (none
 * in a replace) with the domain's one invariant checker. In a merge, records are matched by natural
 * key as well as id, so a second tablet's copy of a rating updates the device's instead of doubling it.
 */
async function planAll(db: FidelioDb, backup: Backup, mode: RestoreMode) {
  // Issue 14 #2: what a client's erasure removed never comes back, whichever side erased it.
  const data = withoutErasedClients(backup.data, await deletedClientIds(db));
  const plans = [];
  const existingByTable: RecordsByTable = {};
  const writes: RecordsByTable = {};
  for (const name of BACKUP_TABLE_NAMES) {
    const existing = (await db.table(name).toArray()) as Row[];
    const { key } = BACKUP_TABLES[name];
    const fileRows = data[name] ?? [];
    const incoming = mode === 'merge' ? alignNaturalKeys(name, existing, fileRows, key) : fileRows;
    const plan = planTable(existing, incoming, key, mode);
    plans.push({ name, plan });
    existingByTable[name] = existing;
    writes[name] = plan.toWrite;
  }
  const stays = mode === 'merge' ? existingByTable : {};
  const report = checkIntegrity(writes, stays, { protectFinal: mode === 'merge' });
  const check: RestoreCheck = {
    counts: Object.fromEntries(plans.map(({ name, plan }) => [name, plan.counts])) as RestorePlan,
    reviews: reviewChanges(writes, stays),
    problems: report.problems,
    problemCount: report.total,
  };
  return { plans, check };
}

/** What restoring would do, per table and per review, and what it would break, without writing anything (the preview). */
export async function checkRestore(db: FidelioDb, backup: Backup, mode: RestoreMode): Promise<RestoreCheck> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  const { check } = await db.transaction('r', tables, () => planAll(db, backup, mode));
  return check;
}

/** The counts per table of checkRestore. */
export async function previewRestore(db: FidelioDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  return (await checkRestore(db, backup, mode)).counts;
}

const DemoMarkerSchema = z.object({ serviceIds: z.array(z.string()) });

/**
 * Puts a table's records with IndexedDB's own put, inside the Dexie transaction. Dexie's bulkPut
 * sets an error handler on every request and keeps every request until the last one is done: for
 * the 255,000 records of the benchmark's backup that cost about 10 % of the restore. Safety is the
 * same: a put that fails raises the transaction's error event, which Dexie turns into an abort
 * and a rejected transaction, so nothing of the restore stays on disk.
 */
function putAll(db: FidelioDb, tx: Transaction, name: string, rows: readonly Row[]): void {
  const store = tx.idbtrans.objectStore(name);
  for (const row of rows) store.put(row);
  // These puts pass under team sync's middleware: mark them to be sent in this same transaction.
  markRawPuts(db, tx, name, rows);
}

/**
 * The puts above bypass Dexie's change tracking, so live queries (in this tab and, through Dexie's
 * broadcast, in other tabs) are told after the commit that these tables changed throughout, as
 * Dexie itself does for a bulk write of 50 records or more.
 */
function announceChanges(db: FidelioDb, names: readonly string[]): void {
  const everything = (): RangeSet => new RangeSet(-Infinity, [[[]]]);
  const parts: ObservabilitySet = {};
  for (const name of names) {
    const prefix = `idb://${db.name}/${name}/`;
    parts[prefix] = everything();
    parts[`${prefix}:dels`] = everything();
    for (const index of db.table(name).schema.indexes) if (index.name) parts[`${prefix}${index.name}`] = everything();
  }
  Dexie.on.storagemutated.fire(parts);
}

/**
 * Writes a checked backup in ONE strict transaction over every table: either all of it is on
 * disk or none of it is (reliability.md #9, #13). The plan is made again inside the transaction,
 * so what is written matches the database at that moment, not at preview time, and checked again:
 * RestoreRefusedError when it would break an invariant (nothing is written then).
 */
export async function applyRestore(db: FidelioDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  // A replace removes every record the file lacks: on a device that syncs a service, that would
  // remove the team's records for everyone. A merge only adds and updates, and its records go out.
  const synced = mode === 'replace' ? ((await readSyncConfig(db))?.services.map((s) => s.id) ?? []) : [];
  if (synced.length > 0) throw new SyncedDataError('replace-restore', synced);
  const strict = strictConnection(db);
  const tables = [...BACKUP_TABLE_NAMES.map((name) => strict.table(name)), strict.meta];
  const plans = await strict.transaction('rw', tables, async (tx) => {
    const erasedHere = (await strict.clients.toArray()).filter((client) => client.deletedAt !== null);
    const erased = new Set([...erasedHere.map((client) => client.id), ...erasedClientIds(backup.data.clients)]);
    const { plans: planned, check } = await planAll(strict, backup, mode);
    // Refused before the first write: a restore that breaks an invariant writes nothing (issue 14).
    if (check.problemCount > 0) throw new RestoreRefusedError(check.problems, check.problemCount);
    for (const { name, plan } of planned) {
      if (plan.toDelete.length > 0) await strict.table(name).bulkDelete(plan.toDelete);
      putAll(strict, tx, name, plan.toWrite);
    }
    // A client erased on either side is erased here too, even where this device's copy was newer
    // (a tombstone wins): nothing of theirs stays, and a replace cannot bring them back. Only when
    // there is one: awaiting a call that makes no request after the raw puts above let Dexie
    // see the transaction as finished (PrematureCommitError).
    if (erased.size > 0) await eraseClientsIn(strict, erased, toTimestamp(new Date()));
    // A replace from a file that never knew the client would drop the tombstone, and with it the
    // erasure: a later merge of an older copy would bring the client back. Kept while its service is.
    for (const client of erasedHere) {
      if (!(await strict.clients.get(client.id)) && (await strict.services.get(client.serviceId)))
        await strict.clients.put(erasedClient(client, client.deletedAt ?? ''));
    }
    // Reviews must always find their items: the built-in scale comes back if a replace removed it.
    if (!(await strict.scales.get(BUILT_IN_SCALE.key))) await strict.scales.add(structuredClone(BUILT_IN_SCALE));
    // A replace may remove the demo services; their marker must not outlive them.
    const demo = DemoMarkerSchema.safeParse((await strict.meta.get('demo'))?.value);
    if (mode === 'replace' && demo.success) {
      const remaining = await strict.services.where('id').anyOf(demo.data.serviceIds).count();
      if (remaining === 0) await strict.meta.delete('demo');
    }
    return planned;
  });
  announceChanges(
    strict,
    plans.filter(({ plan }) => plan.toWrite.length > 0).map(({ name }) => name),
  );
  if (BACKUP_TABLE_NAMES.some((name) => (backup.data[name]?.length ?? 0) > 0)) await markHasData(db);
  return Object.fromEntries(plans.map(({ name, plan }) => [name, plan.counts])) as RestorePlan;
}
