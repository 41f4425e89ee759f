import { NATURAL_KEYS, naturalKeyOf, preferredRecord, type NaturalKeyTable } from './natural-keys';

type Row = Record<string, unknown>;

/** One review whose duplicate records were repaired, for the notice that tells the user. */
export interface RepairedReview {
  reviewId: string;
  serviceId: string;
  /** How many extra records were taken away, per table. */
  removed: Partial<Record<NaturalKeyTable, number>>;
}

export interface DuplicateRepair {
  /** Ids to take away, per table. */
  removeIds: Partial<Record<NaturalKeyTable, string[]>>;
  /** The records taken away, kept whole so nothing is lost (the app stores them with the notice). */
  removed: Partial<Record<NaturalKeyTable, Row[]>>;
  reviews: RepairedReview[];
}

/**
 * The repair of issue 14 #1 (schema version 7): a merge matched ratings by id only, so a device may
 * hold two live consensus ratings (or reviewer ratings, statuses) for the same review and item.
 * Per natural key one record is kept, by preferredRecord: a scored one before an unscored one, then
 * the newest `updatedAt` as an instant, then the smallest id. The others are listed for removal —
 * removed rather than tombstoned, because each is another device's own live record under its id: a
 * tombstone would travel back and delete the rating there.
 */
export function repairDuplicates(tables: Partial<Record<NaturalKeyTable, readonly Row[]>>): DuplicateRepair {
  const repair: DuplicateRepair = { removeIds: {}, removed: {}, reviews: [] };
  const reviews = new Map<string, RepairedReview>();
  for (const table of Object.keys(NATURAL_KEYS) as NaturalKeyTable[]) {
    const kept = new Map<string, Row>();
    for (const row of tables[table] ?? []) {
      const key = naturalKeyOf(table, row);
      if (key === null) continue;
      const current = kept.get(key);
      kept.set(key, current ? preferredRecord(current, row) : row);
    }
    const keptIds = new Set([...kept.values()].map((row) => String(row.id)));
    const removed = (tables[table] ?? []).filter((row) => naturalKeyOf(table, row) !== null && !keptIds.has(String(row.id)));
    if (removed.length === 0) continue;
    repair.removeIds[table] = removed.map((row) => String(row.id));
    repair.removed[table] = removed;
    for (const row of removed) {
      const reviewId = String(row.reviewId);
      const entry = reviews.get(reviewId) ?? { reviewId, serviceId: String(row.serviceId), removed: {} };
      entry.removed[table] = (entry.removed[table] ?? 0) + 1;
      reviews.set(reviewId, entry);
    }
  }
  repair.reviews = [...reviews.values()];
  return repair;
}
