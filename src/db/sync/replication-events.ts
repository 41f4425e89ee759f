import PouchDB, { type PouchDatabase, type ReplicationEvents, type ReplicationOptions } from 'pouchdb-core';
import { fetchAhead } from './fetch-ahead';
import { couchUrl } from './session';
import { stoppableFetch } from './stoppable-fetch';
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
  /** Both directions of the running replication; cancel() stops both. */
  replication: { cancel(): void } | null;
  remote: PouchDatabase | null;
  active: boolean;
  /** Per direction: paused with nothing left to do and no failed request since (caught up). */
  caughtUp: { push: boolean; pull: boolean };
  /** The engine has written, or is about to write, into the local PouchDB itself (see pushStartOf). */
  ownWrites: boolean;
  /** A first sync's pull has not caught up yet (the push waits for it, see pushStartOf). */
  firstPull: boolean;
  /** Where a first sync's push started (see pushStartOf): everything below came from the server. */
  pushFrom: number | string | null;
}

export interface ReplicationHandlers {
  /** Something changed in what the status shows (a direction started or stopped working). */
  onProgress(): void;
  /** A batch of the server's changes was written into the device's PouchDB: those documents. */
  onPulled(docs: readonly object[]): void;
  /** Both directions are caught up with the server. */
  onCaughtUp(): void;
  onError(error: unknown): void;
  /** The server refused one of this device's changes. */
  onDenied(error: unknown): void;
}

/**
 * The service's database on the server, as this signed-in device reaches it (cookie session), for
 * one run of its replication: once `stopped` is aborted, it sends nothing more.
 */
function serverDatabase(server: string, serviceId: string, stopped: AbortSignal): PouchDatabase {
  const send = stoppableFetch(stopped);
  const remote = new PouchDB(`${couchUrl(server)}/${serviceDbName(serviceId)}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: (url, init) => send(url, { ...init, credentials: 'include' }),
  });
  // pouchdb-replication 9.0.0 asks the source for its info after each batch only to count
  // progress, with no rejection handler (`src.info().then(…)`): a server that goes away at that
  // moment surfaced as an uncaught "Failed to fetch". The replication's own requests report the
  // outage; the progress count can do without.
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }));
  return remote;
}

/**
 * When the push starts (see replicateService): at once, or once the pull has first caught up,
 * from the local sequence number `since()` then gives (undefined: from the push's checkpoint).
 */
export interface PushStart {
  afterPull: boolean;
  since(): Promise<number | string | undefined>;
}

/**
 * On a device whose PouchDB of the service is still empty (a first sync), the push waits until
 * the pull has caught up and then starts from the local PouchDB's position at that moment: every
 * document below it came from the server, unless the engine wrote one itself meanwhile (an outbox
 * change, a conflict resolved), in which case the push starts from its checkpoint and sends
 * everything as usual. Elsewhere the push starts at once, from its checkpoint.
 */
export async function pushStartOf(link: ReplicatedService): Promise<PushStart> {
  const { update_seq } = await link.local.info();
  const afterPull = !link.ownWrites && Number(update_seq) === 0;
  return {
    afterPull,
    since: async () => {
      if (!afterPull) return undefined;
      const { update_seq: pulledTo } = await link.local.info();
      return link.ownWrites ? undefined : pulledTo;
    },
  };
}

/**
 * (Re)starts both directions of one service's replication: PouchDB's two one-way replications,
 * as PouchDB.sync runs them, except that the push may wait for the pull. On an empty device a
 * first sync's push would otherwise pass over every pulled document while the pull runs (a
 * changes read of the device's PouchDB, a revsDiff on the server and checkpoints on both sides per
 * batch), only to learn that the server has them all.
 */
export function replicateService(link: ReplicatedService, server: string, on: ReplicationHandlers, push: PushStart): void {
  link.replication?.cancel();
  // A first sync (the push waits for the pull) fetches its next batch ahead until it has caught up.
  link.firstPull = push.afterPull;
  const run = new AbortController();
  const remote = fetchAhead(serverDatabase(server, link.id, run.signal), () => link.firstPull);
  const options: ReplicationOptions = {
    live: true,
    retry: true,
    back_off_function: (delay) => (delay === 0 ? 500 : Math.min(delay * 2, RETRY_MAX_MS)),
    // Documents per request and per local write (PouchDB's default is 100): a first sync of a
    // service's 13,000 records takes 7 batches, each with its round trips and its checkpoint on
    // both sides (500 made 26, and the checkpoints were a third of the time).
    batch_size: BATCH_SIZE,
  };
  let cancelled = false;
  const running: ReplicationEvents[] = [];
  const cancel = () => {
    cancelled = true;
    for (const direction of running) direction.cancel();
    run.abort();
  };
  // A request of this run failing after it was cancelled (aborted with it) is no problem to show.
  const report = (error: unknown) => {
    if (!cancelled) on.onError(error);
  };
  link.caughtUp = { push: false, pull: false };
  // Each direction on its own: the sync object's 'paused' drops the error, so a server that went
  // away in the middle of a batch would look caught up (or stay "sending" forever).
  const watch = (direction: 'push' | 'pull', replication: ReplicationEvents) => {
    running.push(replication);
    replication
      .on('active', () => {
        link.caughtUp[direction] = false;
        link.active = true;
        on.onProgress();
      })
      .on('paused', (error) => {
        link.caughtUp[direction] = !error;
        if (error) return report(error);
        if (!link.caughtUp.push || !link.caughtUp.pull) return;
        link.active = false;
        on.onCaughtUp();
      })
      .on('requestError', (error) => {
        link.caughtUp[direction] = false;
        report(error);
      })
      // Refused for good (signed out, not a member): both directions stop, as PouchDB.sync's do.
      .on('error', (error) => {
        if (cancelled) return;
        cancel();
        on.onError(error);
      });
  };
  let pushStarted = false;
  const startPush = async () => {
    if (pushStarted) return;
    pushStarted = true;
    const since = await push.since();
    if (cancelled) return;
    if (since !== undefined) link.pushFrom = since;
    const replication = PouchDB.replicate(link.local, remote, since === undefined ? options : { ...options, since });
    watch('push', replication);
    // A change the server refused is passed over by replication: kept and shown, never dropped unseen.
    replication.on('denied', (error) => on.onDenied(error));
  };
  const pull = PouchDB.replicate(remote, link.local, options);
  watch('pull', pull);
  pull.on('change', (info) => on.onPulled(info.docs ?? []));
  pull.on('denied', (error) => console.warn('Team server refused to send a record', error));
  pull.on('paused', (error) => {
    if (error || !push.afterPull) return;
    link.firstPull = false;
    startPush().catch(on.onError);
  });
  if (!push.afterPull) void startPush().catch(on.onError);
  link.replication = { cancel };
  link.remote = remote;
}
