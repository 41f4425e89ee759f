import { compareInstants } from '../integrity/timestamps';

export const RESTORE_MODES = ['merge', 'replace'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

export interface TableCounts {
  inFile: number;
  /** Records whose id the device does not have. */
  added: number;
  /** Device records the file's newer copy replaces. */
  updated: number;
  /** Records the device keeps as they are (same or newer on the device; merge only). */
  kept: number;
  /** Device records that are not in the file and go away (replace only). */
  removed: number;
}

export interface TablePlan {
  counts: TableCounts;
  toWrite: Record<string, unknown>[];
  toDelete: string[];
}

type Row = Record<string, unknown>;
const updatedAtOf = (row: Row): string | null => (typeof row.updatedAt === 'string' ? row.updatedAt : null);

/**
 * What restoring one table does (issue 7, backup and restore).
 * - replace: the table becomes exactly the file's records; device records not in it go away.
 * - merge: new ids are added; for an id on both sides the copy with the later `updatedAt` wins
 *   (the last-writer-wins rule sync will use, so a merge never undoes a newer edit). Records
 *   without `updatedAt` (scale versions) are immutable: an existing one is never overwritten.
 */
export function planTable(existing: readonly Row[], incoming: readonly Row[], key: string, mode: RestoreMode): TablePlan {
  const byId = new Map(existing.map((row) => [String(row[key]), row]));
  const counts: TableCounts = { inFile: incoming.length, added: 0, updated: 0, kept: 0, removed: 0 };
  const toWrite: Row[] = [];
  const incomingIds = new Set<string>();
  for (const row of incoming) {
    const id = String(row[key]);
    incomingIds.add(id);
    const current = byId.get(id);
    if (!current) {
      counts.added += 1;
      toWrite.push(row);
      continue;
    }
    const fileTime = updatedAtOf(row);
    const deviceTime = updatedAtOf(current);
    // As instants, never as text: `…+14:00` must not beat a later `…Z` (issue 14 #9).
    const fileIsNewer = fileTime !== null && deviceTime !== null && compareInstants(fileTime, deviceTime) > 0;
    if (mode === 'replace' || fileIsNewer) {
      counts.updated += 1;
      toWrite.push(row);
    } else {
      counts.kept += 1;
    }
  }
  const toDelete = mode === 'replace' ? [...byId.keys()].filter((id) => !incomingIds.has(id)) : [];
  counts.removed = toDelete.length;
  return { counts, toWrite, toDelete };
}
