/*
 * Pull replication asks the device's PouchDB which of a batch's revisions it lacks (revsDiff).
 * PouchDB answers that per document, each in an IndexedDB transaction of its own: a first sync of
 * 13,000 documents opened 13,000 transactions before writing anything. A document the device does
 * not have at all lacks every revision, so one allDocs read of the batch's ids (one transaction)
 * answers for those, and PouchDB's own revsDiff answers for the rest exactly as before. During a
 * first sync even that read is skipped: what the device lacks is known (./fresh-arrivals.ts).
 */
type RevsDiffRequest = Record<string, string[]>;
type RevsDiffResult = Record<string, { missing: string[]; possible_ancestors?: string[] }>;

interface DiffablePouch {
  revsDiff(request: RevsDiffRequest): Promise<RevsDiffResult>;
  allDocs(options: { keys: string[] }): Promise<{ rows: { key: string; value?: unknown; error?: string }[] }>;
}

export interface QuickRevsDiffOptions {
  /** Ids known, without reading, to be on this device in no version (null: not known; ./fresh-arrivals.ts). */
  absent?(ids: readonly string[]): Set<string> | null;
  /** After each answer, the ids it found in no version on this device (./fresh-arrivals.ts). */
  onNeverHere?(ids: Set<string>): void;
}

export function quickRevsDiff<T extends object>(pouch: T, options: QuickRevsDiffOptions = {}): T {
  const db = pouch as T & DiffablePouch;
  const revsDiff = db.revsDiff.bind(db);
  db.revsDiff = async (request: RevsDiffRequest, ...rest: unknown[]) => {
    const last = rest.at(-1);
    const callback = typeof last === 'function' ? (last as (error: unknown, result?: RevsDiffResult) => void) : undefined;
    try {
      const ids = Object.keys(request);
      const neverHere = options.absent?.(ids) ?? new Set<string>();
      const result: RevsDiffResult = {};
      for (const id of neverHere) result[id] = { missing: request[id]! };
      const unknown = ids.filter((id) => !neverHere.has(id));
      const { rows } = unknown.length > 0 ? await db.allDocs({ keys: unknown }) : { rows: [] };
      const known: RevsDiffRequest = {};
      rows.forEach((row, index) => {
        const id = unknown[index]!;
        // Not found: never on this device (a deleted document is found, with `deleted`).
        if (row.error === 'not_found' && row.value === undefined) {
          result[id] = { missing: request[id]! };
          neverHere.add(id);
        } else known[id] = request[id]!;
      });
      if (Object.keys(known).length > 0) Object.assign(result, await revsDiff(known));
      options.onNeverHere?.(neverHere);
      callback?.(null, result);
      return result;
    } catch (error) {
      if (!callback) throw error;
      callback(error);
      return {};
    }
  };
  return pouch;
}
