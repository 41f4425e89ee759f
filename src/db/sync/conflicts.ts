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
  const version = (doc: SyncDoc, isWinner: boolean): ConflictVersion => ({
    rev: doc._rev!,
    isWinner,
    owner: doc.owner ?? null,
    record: doc.record ?? {},
  });
  return [version(winner, true), ...others.map((doc) => version(doc, false))];
}

/**
 * Writes `record` as the one version of `key`: on top of the current winner (with this device's
 * user as owner and the time of the choice), and every other revision deleted, in one bulk write.
 * Replication then removes the losing revisions on every device and the server.
 */
async function keepOnly(
  pouch: LocalPouch,
  key: string,
  winner: SyncDoc,
  base: SyncDoc,
  record: Record<string, unknown>,
  owner: string,
  now: Date,
): Promise<void> {
  const kept: SyncDoc = {
    _id: key,
    _rev: winner._rev,
    table: base.table,
    schema: base.schema,
    record: { ...record, updatedAt: now.toISOString() },
    owner,
  };
  const removed: SyncDoc[] = (winner._conflicts ?? []).map((rev) => ({ _id: key, _rev: rev, _deleted: true }));
  const results = await pouch.bulkDocs([kept, ...removed]);
  const failed = results.find((result) => result.error);
  if (failed) throw new Error(`Resolving ${key} failed: ${failed.message ?? String(failed.error)}`);
}

/** Keeps the chosen version as it is. */
export async function resolveConflict(pouch: LocalPouch, key: string, chosenRev: string, owner: string, now: Date): Promise<void> {
  const winner = await pouch.get(key, { conflicts: true });
  const chosen = chosenRev === winner._rev ? winner : await pouch.get(key, { rev: chosenRev });
  await keepOnly(pouch, key, winner, chosen, chosen.record ?? {}, owner, now);
}

/**
 * Combines the versions: each field in `picks` takes its value from the version (revision) chosen
 * for it, every other field the winner's. The record's identity (id, serviceId, createdAt) is never
 * picked: it is the same in every version.
 */
export async function combineConflict(
  pouch: LocalPouch,
  key: string,
  picks: Readonly<Record<string, string>>,
  owner: string,
  now: Date,
): Promise<void> {
  const winner = await pouch.get(key, { conflicts: true });
  const versions = new Map<string, SyncDoc>([[winner._rev!, winner]]);
  for (const rev of new Set(Object.values(picks))) if (!versions.has(rev)) versions.set(rev, await pouch.get(key, { rev }));
  const record: Record<string, unknown> = { ...winner.record };
  for (const [field, rev] of Object.entries(picks)) {
    if (field === 'id' || field === 'serviceId' || field === 'createdAt') continue;
    const from = versions.get(rev)?.record ?? {};
    if (Object.hasOwn(from, field)) record[field] = from[field];
    else delete record[field];
  }
  await keepOnly(pouch, key, winner, winner, record, owner, now);
}
