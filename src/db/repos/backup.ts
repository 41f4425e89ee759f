import * as z from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData } from '../../domain/transfer/backup-format';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTableName } from '../../domain/transfer/backup-tables';
import { planTable, type RestoreMode, type TableCounts } from '../../domain/transfer/restore-plan';
import { BUILT_IN_SCALE } from '../../domain/fidelity/built-in-scale';
import { strictConnection, type FidelioDb } from '../app-db';
import { toTimestamp } from '../ids';
import { LAST_BACKUP_KEY } from './backup-meta';
import { markHasData, setMeta } from './meta';

type Row = Record<string, unknown>;

/**
 * Every backed-up table, read in one transaction so the file is a consistent snapshot even if
 * another tab writes meanwhile. Tombstones travel too: they are how deletions reach other devices.
 */
export async function exportBackup(db: FidelioDb, now: Date): Promise<Backup> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  const data: BackupData = {};
  await db.transaction('r', tables, async () => {
    for (const name of BACKUP_TABLE_NAMES) data[name] = (await db.table(name).toArray()) as Row[];
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: toTimestamp(now), data };
}

/** Remembered once the file was handed to the browser to save (device-local, in meta). */
export async function recordBackupMade(db: FidelioDb, now: Date): Promise<void> {
  await setMeta(db, LAST_BACKUP_KEY, toTimestamp(now));
}

export type RestorePlan = Record<BackupTableName, TableCounts>;

async function planAll(db: FidelioDb, backup: Backup, mode: RestoreMode) {
  const plans = [];
  for (const name of BACKUP_TABLE_NAMES) {
    const existing = (await db.table(name).toArray()) as Row[];
    plans.push({ name, plan: planTable(existing, backup.data[name] ?? [], BACKUP_TABLES[name].key, mode) });
  }
  return plans;
}

/** What restoring would do, per table, without writing anything (the preview). */
export async function previewRestore(db: FidelioDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  const plans = await db.transaction('r', tables, () => planAll(db, backup, mode));
  return Object.fromEntries(plans.map(({ name, plan }) => [name, plan.counts])) as RestorePlan;
}

const DemoMarkerSchema = z.object({ serviceIds: z.array(z.string()) });

/**
 * Writes a checked backup in ONE strict transaction over every table: either all of it is on
 * disk or none of it is (reliability.md #9, #13). The plan is made again inside the transaction,
 * so what is written matches the database at that moment, not at preview time.
 */
export async function applyRestore(db: FidelioDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  const strict = strictConnection(db);
  const tables = [...BACKUP_TABLE_NAMES.map((name) => strict.table(name)), strict.meta];
  const plans = await strict.transaction('rw', tables, async () => {
    const planned = await planAll(strict, backup, mode);
    for (const { name, plan } of planned) {
      const table = strict.table(name);
      if (plan.toDelete.length > 0) await table.bulkDelete(plan.toDelete);
      if (plan.toWrite.length > 0) await table.bulkPut(plan.toWrite);
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
  if (BACKUP_TABLE_NAMES.some((name) => (backup.data[name]?.length ?? 0) > 0)) await markHasData(db);
  return Object.fromEntries(plans.map(({ name, plan }) => [name, plan.counts])) as RestorePlan;
}
