import type { FidelioDb } from '../app-db';
import type { PouchDatabase } from 'pouchdb-core';
import { heldKey, refusedKey } from './apply';
import { deniedKey } from './server-refusals';

/*
 * What the sync status counts and says (issue 17: synced / sending N changes / offline since … /
 * a problem), apart from the replication that feeds it (./replication-events.ts, ./engine.ts).
 */
export type SyncProblem = 'signed-out' | 'not-member' | 'server' | null;

export interface SyncStatus {
  /** synced: nothing waits; sending: changes on their way; offline: no connection to the server. */
  state: 'starting' | 'synced' | 'sending' | 'offline' | 'problem';
  unsent: number;
  offlineSince: string | null;
  lastSyncedAt: string | null;
  problem: SyncProblem;
  /** The service a "no longer a member" problem is about. */
  problemService: string | null;
  /** Documents from a newer app, kept untouched: the app should be updated. */
  held: number;
  /** Arrived documents that would break an invariant, kept untouched and listed in Conflicts. */
  refused: number;
  /** This device's changes the server refused, listed in Conflicts until the person deals with them. */
  denied: number;
}

/** The status before the engine knows anything: nothing sent, no problem. */
export const STARTING_STATUS: SyncStatus = {
  state: 'starting',
  unsent: 0,
  offlineSince: null,
  lastSyncedAt: null,
  problem: null,
  problemService: null,
  held: 0,
  refused: 0,
  denied: 0,
};

/** The status's state from what is known: a problem first, then offline, then work waiting. */
export function stateOf(status: SyncStatus, unsent: number, active: boolean): SyncStatus['state'] {
  if (status.problem) return 'problem';
  if (status.offlineSince) return 'offline';
  if (unsent > 0 || active) return 'sending';
  return status.lastSyncedAt ? 'synced' : 'starting';
}

/** Records kept aside per kind, over the kept services: from a newer app, refused on arrival, refused by the server. */
export async function keptAsideCounts(
  db: FidelioDb,
  serviceIds: readonly string[],
): Promise<Pick<SyncStatus, 'held' | 'refused' | 'denied'>> {
  const count = async (key: string) => ((await db.syncState.get(key))?.value as unknown[] | undefined)?.length ?? 0;
  const totals = { held: 0, refused: 0, denied: 0 };
  for (const id of serviceIds) {
    totals.held += await count(heldKey(id));
    totals.refused += await count(refusedKey(id));
    totals.denied += await count(deniedKey(id));
  }
  return totals;
}

/** A kept service's local replica, and where it was when the server last had all of it. */
interface Replica {
  local: PouchDatabase;
  pushedSeq: number | string | null;
  /** A first sync's pull is running, and the push waits for it (./replication-events.ts, pushStartOf). */
  firstPull: boolean;
  /** The engine wrote into the replica itself (an outbox change, a conflict resolved). */
  ownWrites: boolean;
  /** Where a first sync's push started: what is below came from the server (./replication-events.ts). */
  pushFrom: number | string | null;
}

/** The changes in the local replicas the server does not have yet. */
export class PendingCount {
  private last = { value: 0, at: -Infinity, tookMs: 0 };

  /**
   * While replication runs the status says "sending" anyway, and counting reads up to 10,000
   * documents: then the count is redone at most every 5 s, and at most a fiftieth of the time, so
   * the status refresh after every step of a first sync does not compete with the sync itself.
   * Once replication pauses the count is exact again.
   */
  async count(replicas: readonly Replica[], active: boolean): Promise<number> {
    const now = performance.now();
    if (active && now - this.last.at < Math.max(5_000, this.last.tookMs * 50)) return this.last.value;
    let value = 0;
    for (const { local, pushedSeq, firstPull, ownWrites, pushFrom } of replicas) {
      // A first sync into an empty replica: everything in it came from the server. Counted as
      // below, the documents it had just pulled were read back (up to 10,000, the document store
      // once per document) only for the status to say it was sending them.
      if (pushedSeq === null && firstPull && !ownWrites) continue;
      // Once that pull has caught up, the push starts from there and has not caught up yet: what
      // is below its start came from the server too (counted from 0, a profiled first sync read
      // 10,000 documents back at that moment). Never caught up, with no such start: everything in
      // this PouchDB is still to be sent.
      const since = pushedSeq ?? pushFrom ?? 0;
      value += (await local.changes({ since, limit: 10_000, return_docs: true })).results.length;
    }
    this.last = { value, at: now, tookMs: performance.now() - now };
    return value;
  }
}
