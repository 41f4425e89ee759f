import { compareInstants } from './timestamps';

type Row = Record<string, unknown>;

/*
 * Natural keys (issue 14 #1): what makes two records "the same thing" whatever their ids are. Two
 * tablets that each created the consensus rating of one item gave it different random ids; matched
 * by id only, a merge kept both and the review had 50 ratings. Only live records (no tombstone)
 * take part: a tombstone may share its key with the live record that replaced it.
 */
export const NATURAL_KEYS = {
  /** One consensus rating per review and item. */
  ratings: ['reviewId', 'itemId'],
  /** One rating per review, reviewer and item. */
  reviewerRatings: ['reviewId', 'reviewerId', 'itemId'],
  /** One status per reviewer per review. */
  reviewerStatuses: ['reviewId', 'reviewerId'],
} as const satisfies Record<string, readonly string[]>;

export type NaturalKeyTable = keyof typeof NATURAL_KEYS;

export function hasNaturalKey(table: string): table is NaturalKeyTable {
  return Object.hasOwn(NATURAL_KEYS, table);
}

/** The record's natural key as one string, or null for a tombstone or a table without one. */
export function naturalKeyOf(table: string, row: Row): string | null {
  if (!hasNaturalKey(table) || typeof row.deletedAt === 'string') return null;
  return NATURAL_KEYS[table].map((field) => String(row[field])).join('\u0000');
}

const MAX_ID_LENGTH = 64;

/**
 * Deterministic ids for new consensus and reviewer ratings and statuses: the same item of the same
 * review gets the same id on every tablet, so a merge (and later CouchDB) sees one record with two
 * versions instead of two records. Random ids already stored keep working: records are matched by
 * natural key too. Falls back to null (use a random id) when the id would be too long.
 */
export function naturalRecordId(...parts: readonly string[]): string | null {
  const id = parts.join(':');
  return id.length <= MAX_ID_LENGTH ? id : null;
}

/**
 * Which of several live records with the same natural key is kept (the v7 repair and scoring use
 * the same rule): a scored one before an unscored one (a rating is work a reviewer did), then the
 * newest `updatedAt` as an instant, then the smallest id so that every device picks the same one.
 */
export function preferredRecord<T extends Row>(a: T, b: T): T {
  const aScored = a.score !== null && a.score !== undefined;
  const bScored = b.score !== null && b.score !== undefined;
  if (aScored !== bScored) return aScored ? a : b;
  const byTime = compareInstants(a.updatedAt, b.updatedAt);
  if (byTime !== 0) return byTime > 0 ? a : b;
  return String(a.id) <= String(b.id) ? a : b;
}

/** One live record per natural key, chosen by preferredRecord; tombstones are left out. */
export function onePerNaturalKey<T extends Row>(table: NaturalKeyTable, rows: readonly T[]): T[] {
  const chosen = new Map<string, T>();
  for (const row of rows) {
    const key = naturalKeyOf(table, row);
    if (key === null) continue;
    const current = chosen.get(key);
    chosen.set(key, current ? preferredRecord(current, row) : row);
  }
  return [...chosen.values()];
}

/**
 * Before a merge: a file record whose natural key matches a live device record with another id is
 * given the device record's id, so the newer-wins rule decides between the two versions instead of
 * keeping both. Only the first file record of a key is matched; a second one with the same key
 * stays as it is and the invariant check reports the duplicate.
 */
export function alignNaturalKeys(table: string, existing: readonly Row[], incoming: readonly Row[], key: string): Row[] {
  if (!hasNaturalKey(table)) return [...incoming];
  const deviceIdByKey = new Map<string, string>();
  const deviceIds = new Set<string>();
  for (const row of existing) {
    deviceIds.add(String(row[key]));
    const natural = naturalKeyOf(table, row);
    if (natural !== null && !deviceIdByKey.has(natural)) deviceIdByKey.set(natural, String(row[key]));
  }
  const incomingIds = new Set(incoming.map((row) => String(row[key])));
  const taken = new Set<string>();
  return incoming.map((row) => {
    const natural = naturalKeyOf(table, row);
    const id = String(row[key]);
    if (natural === null || deviceIds.has(id)) return row;
    const deviceId = deviceIdByKey.get(natural);
    // The device id must not be claimed twice, nor be an id the file itself uses for another record.
    if (deviceId === undefined || taken.has(deviceId) || incomingIds.has(deviceId)) return row;
    taken.add(deviceId);
    return { ...row, [key]: deviceId };
  });
}
