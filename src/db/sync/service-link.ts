import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import { freshArrivals, type FreshBatch } from './fresh-arrivals';
import { LOCAL_POUCH_OPTIONS } from './local-pouch';
import { quickRevsDiff } from './quick-revs-diff';
import type { ReplicatedService } from './replication-events';

/** A kept service as the running engine (./engine.ts) follows it. */
export interface ServiceLink extends ReplicatedService {
  name: string;
  pushedSeq: number | string | null;
  /** An apply step is queued and has not started yet (see the engine's applySoon). */
  applyQueued: boolean;
  /** The documents of the batches applied as the replication wrote them (./fresh-arrivals.ts). */
  handedOver: WeakSet<object>;
  /** A batch handed over failed to apply: the rest are read back (see the engine's applyArrived). */
  handOverFailed: boolean;
}

/**
 * Opens a kept service's local PouchDB (the `idb` adapter, never `indexeddb`; PouchDB's plugins are
 * registered by the engine). A first sync hands its batches to `arrived` as they are written.
 * (`options`: the unit tests' in-memory PouchDB.)
 */
export function openServiceLink(
  id: string,
  name: string,
  pouchName: string,
  arrived: (link: ServiceLink, batch: FreshBatch) => void,
  options: object = LOCAL_POUCH_OPTIONS,
): ServiceLink {
  const link: ServiceLink = {
    id,
    name,
    local: null as unknown as PouchDatabase, // Set just below: the wrappers need the link.
    remote: null,
    replication: null,
    active: false,
    caughtUp: { push: false, pull: false },
    pushedSeq: null,
    applyQueued: false,
    ownWrites: false,
    firstPull: false,
    pushFrom: null,
    handedOver: new WeakSet(),
    handOverFailed: false,
  };
  const fresh = freshArrivals(new PouchDB(pouchName, options), {
    enabled: () => link.firstPull && !link.ownWrites && !link.handOverFailed,
    written: (batch) => arrived(link, batch),
  });
  link.local = quickRevsDiff(fresh.pouch, { absent: fresh.absent, onNeverHere: fresh.neverHere });
  return link;
}
