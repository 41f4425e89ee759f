import * as z from 'zod/mini';
import type { Transaction } from 'dexie';
import { repairDuplicates } from '../domain/integrity/repair-duplicates';
import { NATURAL_KEYS, type NaturalKeyTable } from '../domain/integrity/natural-keys';
import type { FidelioDb } from './app-db';

/**
 * Meta key of the schema-7 repair (issue 14 #1): which reviews had duplicate ratings, the records
 * taken away (kept whole: nothing stored is lost) and whether the user has been told.
 */
export const DUPLICATE_REPAIR_KEY = 'integrity.duplicateRepair';

const RepairNoticeSchema = z.object({
  repairedAt: z.string(),
  reviews: z.array(z.object({ reviewId: z.string(), serviceId: z.string(), removed: z.record(z.string(), z.number()) })),
  removed: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  acknowledgedAt: z.nullable(z.string()),
});
export type RepairNotice = z.infer<typeof RepairNoticeSchema>;

export function parseRepairNotice(value: unknown): RepairNotice | null {
  const result = RepairNoticeSchema.safeParse(value);
  return result.success ? result.data : null;
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

/** The repair the user has not yet been told about, or null. */
export async function getUnseenRepair(db: FidelioDb): Promise<RepairNotice | null> {
  const notice = parseRepairNotice((await db.meta.get(DUPLICATE_REPAIR_KEY))?.value);
  return notice && notice.acknowledgedAt === null ? notice : null;
}

/** The user has read the notice: it is not shown again (the record of the repair stays). */
export async function acknowledgeRepair(db: FidelioDb, now: Date): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const notice = parseRepairNotice((await db.meta.get(DUPLICATE_REPAIR_KEY))?.value);
    if (notice && notice.acknowledgedAt === null) await db.meta.put({ key: DUPLICATE_REPAIR_KEY, value: { ...notice, acknowledgedAt: now.toISOString() } });
  });
}
