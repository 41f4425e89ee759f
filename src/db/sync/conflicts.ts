import type { LocalPouch, SyncDoc } from './pouch-types';

/*
 * Kept conflicts (issue 17): CouchDB and PouchDB pick the same winner on every replica and keep
 * the other revisions. The Conflicts list shows every version with who wrote it and when; the
 * person's choice is written as the new winner and the other revisions are removed (the only use
 * of `_deleted` in the sync contract).
 */
export interface ConflictVersion {
  rev: string;
  isWinner: boolean;
  owner: string | null;
  record: Record<string, unknown>;
}

export async function conflictVersions(pouch: LocalPouch, key: string): Promise<ConflictVersion[]> {
  const winner = await pouch.get(key, { conflicts: true });
  const others = await Promise.all((winner._conflicts ?? []).map((rev) => pouch.get(key, { rev })));
  const version = (doc: SyncDoc, isWinner: boolean): ConflictVersion => ({ rev: doc._rev!, isWinner, owner: doc.owner ?? null, record: doc.record ?? {} });
  return [version(winner, true), ...others.map((doc) => version(doc, false))];
}

/**
 * Keeps the chosen version: written on top of the current winner (with this device's user as
 * owner and the time of the choice), and every other revision deleted, in one bulk write.
 */
export async function resolveConflict(pouch: LocalPouch, key: string, chosenRev: string, owner: string, now: Date): Promise<void> {
  const winner = await pouch.get(key, { conflicts: true });
  const chosen = chosenRev === winner._rev ? winner : await pouch.get(key, { rev: chosenRev });
  const kept: SyncDoc = { _id: key, _rev: winner._rev, table: chosen.table, schema: chosen.schema, record: { ...chosen.record, updatedAt: now.toISOString() }, owner };
  const removed: SyncDoc[] = (winner._conflicts ?? []).map((rev) => ({ _id: key, _rev: rev, _deleted: true }));
  const results = await pouch.bulkDocs([kept, ...removed]);
  const failed = results.find((result) => result.error);
  if (failed) throw new Error(`Resolving ${key} failed: ${failed.message ?? String(failed.error)}`);
}
