import type { SyncFields } from '../records/base';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface RecordImportPlan<T> {
  /** Records to put as they are: new ones and the file's newer copies. */
  toPut: T[];
  /** Device records another record with a later edit replaces (marked deleted, so the change can travel). */
  toTombstone: T[];
  counts: ImportCounts;
}

/**
 * Issue 7, "importing the same file twice changes nothing": merges a review file's records into
 * the device's, matched by id or, failing that, by what the record is about (`naturalKey`, e.g.
 * review + reviewer + item), so the same reviewer rated on two tablets meets in one record.
 * For a pair the later `updatedAt` wins (the last-writer-wins rule the backup merge and a later
 * sync use); an equal or older copy changes nothing. A device record deleted earlier stays
 * deleted. `existing` may hold tombstones; `at` is the time written on replaced records.
 */
export function planRecordImport<T extends SyncFields>(
  existing: readonly T[],
  incoming: readonly T[],
  naturalKey: (record: T) => string,
  at: string,
): RecordImportPlan<T> {
  const byId = new Map(existing.map((record) => [record.id, record]));
  const liveByKey = new Map(existing.filter((r) => r.deletedAt === null).map((record) => [naturalKey(record), record]));
  const plan: RecordImportPlan<T> = { toPut: [], toTombstone: [], counts: { added: 0, updated: 0, unchanged: 0 } };
  for (const record of incoming) {
    const sameId = byId.get(record.id);
    if (sameId) {
      const isNewer = sameId.deletedAt === null && record.updatedAt > sameId.updatedAt;
      if (isNewer) plan.toPut.push(record);
      plan.counts[isNewer ? 'updated' : 'unchanged'] += 1;
      continue;
    }
    const sameThing = liveByKey.get(naturalKey(record));
    if (!sameThing) {
      plan.toPut.push(record);
      plan.counts.added += 1;
    } else if (record.updatedAt > sameThing.updatedAt) {
      plan.toTombstone.push({ ...sameThing, deletedAt: at, updatedAt: at });
      plan.toPut.push(record);
      plan.counts.updated += 1;
    } else {
      plan.counts.unchanged += 1;
    }
  }
  return plan;
}
