import * as z from 'zod/mini';
import type { FidelioDb } from './app-db';
import { DUPLICATE_REPAIR_KEY, type RepairNotice } from './repair-duplicate-ratings';

// Read by the service list only; the upgrade that writes it (./repair-duplicate-ratings.ts) is in
// the start-up code, so this schema is kept out of it.
export { DUPLICATE_REPAIR_KEY, type RepairNotice };

const RepairNoticeSchema = z.object({
  repairedAt: z.string(),
  reviews: z.array(z.object({ reviewId: z.string(), serviceId: z.string(), removed: z.record(z.string(), z.number()) })),
  removed: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  acknowledgedAt: z.nullable(z.string()),
});

export function parseRepairNotice(value: unknown): RepairNotice | null {
  const result = RepairNoticeSchema.safeParse(value);
  return result.success ? result.data : null;
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
    if (notice && notice.acknowledgedAt === null)
      await db.meta.put({ key: DUPLICATE_REPAIR_KEY, value: { ...notice, acknowledgedAt: now.toISOString() } });
  });
}
