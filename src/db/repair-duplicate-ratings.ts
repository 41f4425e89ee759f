import type { Transaction } from 'dexie';
import { repairDuplicates } from '../domain/integrity/repair-duplicates';
import { NATURAL_KEYS, type NaturalKeyTable } from '../domain/integrity/natural-keys';

/**
 * Meta key of the schema-7 repair (issue 14 #1): which reviews had duplicate ratings, the records
 * taken away (kept whole: nothing stored is lost) and whether the user has been told.
 */
export const DUPLICATE_REPAIR_KEY = 'integrity.duplicateRepair';

/** What the repair stores under DUPLICATE_REPAIR_KEY (read back through ./repair-notice.ts). */
export interface RepairNotice {
  repairedAt: string;
  reviews: { reviewId: string; serviceId: string; removed: Record<string, number> }[];
  removed: Record<string, Record<string, unknown>[]>;
  acknowledgedAt: string | null;
}

/**
 * The upgrade to version 7: keeps one record per natural key in ratings, reviewerRatings and
 * reviewerStatuses and records what it did in meta. Writes nothing when there was nothing to repair.
 */
export async function repairDuplicateRatings(tx: Transaction, now: Date): Promise<void> {
  const tables: Partial<Record<NaturalKeyTable, Record<string, unknown>[]>> = {};
  for (const table of Object.keys(NATURAL_KEYS) as NaturalKeyTable[]) tables[table] = await tx.table(table).toArray();
  const repair = repairDuplicates(tables);
  if (repair.reviews.length === 0) return;
  for (const [table, ids] of Object.entries(repair.removeIds)) await tx.table(table).bulkDelete(ids);
  const notice: RepairNotice = { repairedAt: now.toISOString(), reviews: repair.reviews, removed: repair.removed, acknowledgedAt: null };
  await tx.table('meta').put({ key: DUPLICATE_REPAIR_KEY, value: notice });
}
