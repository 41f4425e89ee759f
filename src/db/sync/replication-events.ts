import PouchDB, { type PouchDatabase, type SyncEvents } from 'pouchdb-core';
import { couchUrl } from './session';
import { serviceDbName } from './synced-tables';

/*
 * Each direction's replication between a service's local PouchDB and its database on the team
 * server, live and with retries, and what each direction reports: working, caught up, a failed
 * request, a change the server refused. The engine (./engine.ts) decides what the status says.
 */
const RETRY_MAX_MS = 5_000;
const BATCH_SIZE = 2000;

/** The part of a kept service the replication reads and marks. */
export interface ReplicatedService {
  id: string;
  local: PouchDatabase;
  replication: SyncEvents | null;
  remote: PouchDatabase | null;
  active: boolean;
  /** Per direction: paused with nothing left to do and no failed request since (caught up). */
  caughtUp: { push: boolean; pull: boolean };
}

export interface ReplicationHandlers {
  /** Something changed in what the status shows (a direction started or stopped working). */
  onProgress(): void;
  /** A batch of the server's changes was written into the device's PouchDB. */
  onPulled(): void;
  /** Both directions are caught up with the server. */
  onCaughtUp(): void;
  onError(error: unknown): void;
  /** The server refused one of this device's changes. */
  onDenied(error: unknown): void;
}

/** The service's database on the server, as this signed-in device reaches it (cookie session). */
function serverDatabase(server: string, serviceId: string): PouchDatabase {
  const remote = new PouchDB(`${couchUrl(server)}/${serviceDbName(serviceId)}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: (url, init) => fetch(url, { ...init, credentials: 'include' }),
  });
  // pouchdb-replication 9.0.0 asks the source for its info after each batch only to count
  // progress, with no rejection handler (`src.info().then(…)`): a server that goes away at that
  // moment surfaced as an uncaught "Failed to fetch". The replication's own requests report the
  // outage; the progress count can do without.
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }));
  return remote;
}

/** (Re)starts both directions of one service's replication. */
export function replicateService(link: ReplicatedService, server: string, on: ReplicationHandlers): void {
  link.replication?.cancel();
  const remote = serverDatabase(server, link.id);
  const replication = PouchDB.sync(link.local, remote, {
    live: true,
    retry: true,
    back_off_function: (delay) => (delay === 0 ? 500 : Math.min(delay * 2, RETRY_MAX_MS)),
    // Documents per request and per local write (PouchDB's default is 100): a first sync of a
    // service's 13,000 records takes 7 batches, each with its round trips and its checkpoint on
    // both sides (500 made 26, and the checkpoints were a third of the time).
    batch_size: BATCH_SIZE,
  });
  link.caughtUp = { push: false, pull: false };
  // Each direction on its own: the sync object's 'paused' drops the error, so a server that went
  // away in the middle of a batch would look caught up (or stay "sending" forever).
  for (const direction of ['push', 'pull'] as const) {
    replication[direction]
      .on('active', () => {
        link.caughtUp[direction] = false;
        link.active = true;
        on.onProgress();
      })
      .on('paused', (error) => {
        link.caughtUp[direction] = !error;
        if (error) return on.onError(error);
        if (!link.caughtUp.push || !link.caughtUp.pull) return;
        link.active = false;
        on.onCaughtUp();
      })
      .on('requestError', (error) => {
        link.caughtUp[direction] = false;
        on.onError(error);
      });
  }
  // A change the server refused is passed over by replication: kept and shown, never dropped unseen.
  replication.push.on('denied', (error) => on.onDenied(error));
  replication.pull.on('change', () => on.onPulled());
  replication.pull.on('denied', (error) => console.warn('Team server refused to send a record', error));
  replication.on('error', (error) => on.onError(error));
  replication.catch(() => undefined);
  link.replication = replication;
  link.remote = remote;
}
