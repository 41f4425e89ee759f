import { liveQuery } from 'dexie';
import type { PouchDatabase } from 'pouchdb-core';
import type { FidelioDb } from '../app-db';
import { applyArrived, applyPending } from './apply';
import type { SyncConfig } from './config';
import { combineConflict, conflictVersions, resolveConflict, type ConflictVersion } from './conflicts';
import type { FreshBatch } from './fresh-arrivals';
import { pushOutbox } from './push';
import { recordDenial, sendAgain, takeTeamVersion, type DenialEvent } from './server-refusals';
import { keptAsideCounts, PendingCount, STARTING_STATUS, stateOf, type SyncStatus } from './status-count';
import { pushStartOf, replicateService } from './replication-events';
import { openServiceLink, type ServiceLink } from './service-link';
import { refusalReason } from './session';
import { serviceDbName } from './synced-tables';

/*
 * The running team sync of one device (issue 17), loaded on demand only when a server is
 * configured. One local PouchDB per kept service (the `idb` adapter, never `indexeddb`), replicated
 * live and with retries with the service's database through /couchdb/ on the same origin. The
 * outbox is pushed into PouchDB whenever it has entries, and every PouchDB change is applied to
 * Dexie; all of it runs in the background, one step at a time, and never blocks a screen.
 * PouchDB is written by the pull replication and by this engine's own steps (the outbox's push, a
 * conflict resolved, a refused change sent again); each of them queues an apply step. A live
 * changes feed of the local PouchDB did the same, but read every arriving document once more.
 */

export type { SyncProblem, SyncStatus } from './status-count';

/** The name of a kept service's PouchDB on this device. */
export const localPouchName = (db: FidelioDb, serviceId: string) => `${db.name}-${serviceDbName(serviceId)}`;

/** Where the local PouchDB was when the server last had all of it (syncState). */
const pushedKey = (serviceId: string) => `pushed:${serviceId}`;

/** A request that never got an answer (no network, server down), as PouchDB reports it. */
function isNetworkError(error: unknown): boolean {
  const { status, name, message } = (error ?? {}) as { status?: number; name?: string; message?: string };
  return !status || name === 'unknown_error' || /fetch|network/i.test(message ?? '');
}

export class SyncEngine {
  private links = new Map<string, ServiceLink>();
  private listeners = new Set<(status: SyncStatus) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private outboxWatch: { unsubscribe(): void } | null = null;
  private stopped = false;
  private outbox = 0;
  private pending = new PendingCount();
  /** The status refreshes under way: stop() lets them end before it closes the replicas they read. */
  private refreshes = new Set<Promise<void>>();
  status: SyncStatus = { ...STARTING_STATUS };

  constructor(
    readonly db: FidelioDb,
    readonly config: SyncConfig,
  ) {}

  localName(serviceId: string): string {
    return localPouchName(this.db, serviceId);
  }

  /** A kept service's local PouchDB, for a step that may write into it (see pushStartOf). */
  pouchFor = (serviceId: string): PouchDatabase | undefined => {
    const link = this.links.get(serviceId);
    if (link) link.ownWrites = true;
    return link?.local;
  };

  start(): void {
    for (const { id, name } of this.config.services) {
      const link = openServiceLink(id, name, this.localName(id), (opened, batch) => this.applyArrived(opened, batch));
      this.links.set(id, link);
    }
    // Apply whatever arrived before this start, then keep following.
    for (const link of this.links.values()) {
      this.run(async () => {
        link.pushedSeq ??= ((await this.db.syncState.get(pushedKey(link.id)))?.value as number | string | undefined) ?? null;
      });
      this.run(() => applyPending(this.db, link.id, link.local));
      this.replicate(link);
    }
    this.outboxWatch = liveQuery(() => this.db.syncOutbox.count()).subscribe({
      next: (count) => {
        this.outbox = count;
        if (count > 0) {
          this.run(() => pushOutbox(this.db, { owner: this.config.user, pouchFor: this.pouchFor }));
          // What was pushed may have become a conflict, or lost to a remote version: Dexie shows the winner.
          for (const link of this.links.values()) this.applySoon(link);
        }
        void this.refresh();
      },
    });
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    this.onNetwork();
  }

  /** One step at a time: pushes and applies never interleave. A failed step is logged, not fatal. */
  private run(step: () => Promise<unknown>): void {
    this.queue = this.queue
      .then(() => (this.stopped ? undefined : step()))
      .catch((error: unknown) => console.error('Team sync step failed', error))
      .then(() => this.refresh());
  }

  /**
   * One queued apply step catches up with every write before it (applyPending reads everything
   * since the stored position), so writes that come while one is queued queue nothing more.
   */
  private applySoon(link: ServiceLink): void {
    if (link.applyQueued) return;
    link.applyQueued = true;
    this.run(() => {
      link.applyQueued = false; // Changes arriving from here on queue the next step.
      return applyPending(this.db, link.id, link.local);
    });
  }

  /** A first sync's batch as the replication wrote it: applied without reading it back. */
  private applyArrived(link: ServiceLink, { docs, seq }: FreshBatch): void {
    for (const doc of docs) link.handedOver.add(doc);
    this.run(async () => {
      // After a batch that could not be applied, the feed is read from where Dexie is: a later
      // batch's position would pass over the failed one's documents.
      if (link.handOverFailed) return applyPending(this.db, link.id, link.local);
      try {
        return await applyArrived(this.db, link.id, link.local, docs, seq);
      } catch (error) {
        link.handOverFailed = true;
        this.applySoon(link);
        throw error;
      }
    });
  }

  private replicate(link: ServiceLink): void {
    const handlers = {
      onProgress: () => void this.refresh(),
      // A batch handed over as written is applied already (queued); any other is read back.
      onPulled: (docs: readonly object[]) =>
        docs.length > 0 && docs.every((doc) => link.handedOver.has(doc)) ? undefined : this.applySoon(link),
      onCaughtUp: () => void this.onCaughtUp(link),
      onError: (error: unknown) => void this.onReplicationError(link, error),
      onDenied: (error: unknown) => this.run(() => recordDenial(this.db, link.id, link.local, error as DenialEvent, new Date())),
    };
    pushStartOf(link).then(
      (push) => this.links.get(link.id) === link && !this.stopped && replicateService(link, this.config.server, handlers, push),
      (error: unknown) => !this.stopped && console.error('Team sync could not open the local replica', error),
    );
  }

  private async onCaughtUp(link: ServiceLink): Promise<void> {
    link.pushedSeq = (await link.local.info()).update_seq;
    await this.db.syncState.put({ key: pushedKey(link.id), value: link.pushedSeq });
    this.update({ problem: null, problemService: null, offlineSince: null, lastSyncedAt: new Date().toISOString() });
    await this.refresh();
  }

  private async onReplicationError(link: ServiceLink, error: unknown): Promise<void> {
    const status = (error as { status?: number } | null)?.status;
    if (!navigator.onLine || isNetworkError(error)) this.goneOffline();
    else if (status === 401 || status === 403) {
      try {
        const reason = await refusalReason(this.config.server, link.id);
        this.update({ problem: reason, problemService: reason === 'not-member' ? link.name : null });
      } catch {
        this.goneOffline();
      }
    } else this.update({ problem: 'server', problemService: null });
    await this.refresh();
  }

  private goneOffline(): void {
    // Unreachable is not a problem of the account or the server: changes simply wait.
    this.update({ problem: null, problemService: null, offlineSince: this.status.offlineSince ?? new Date().toISOString() });
  }

  private onNetwork = (): void => {
    if (!navigator.onLine) this.goneOffline();
    else if (this.status.offlineSince) {
      // Back online: start again at once instead of waiting for the retry's back-off.
      this.update({ offlineSince: null });
      for (const link of this.links.values()) this.replicate(link);
    }
    void this.refresh();
  };

  /** Changes made on this device that the server does not have yet. */
  async unsentCount(): Promise<number> {
    return (await this.db.syncOutbox.count()) + (await this.pending.count([...this.links.values()], false));
  }

  private refresh(): Promise<void> {
    const done = this.countAndShow().finally(() => this.refreshes.delete(done));
    this.refreshes.add(done);
    return done;
  }

  private async countAndShow(): Promise<void> {
    if (this.stopped) return;
    const links = [...this.links.values()];
    const kept = await keptAsideCounts(this.db, [...this.links.keys()]);
    const active = links.some((link) => link.active);
    const unsent = this.outbox + (await this.pending.count(links, active));
    this.update({ ...kept, unsent, state: stateOf(this.status, unsent, active) });
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Every version of a conflicted record, the winner first (parseable `<table>:<id>` keys only). */
  async conflictVersions(serviceId: string, key: string): Promise<ConflictVersion[]> {
    const pouch = this.links.get(serviceId)?.local;
    return pouch ? conflictVersions(pouch, key) : [];
  }

  /** Keeps the chosen version everywhere; Dexie shows it as soon as it is applied. */
  async resolveConflict(serviceId: string, key: string, rev: string): Promise<void> {
    await this.resolveWith(serviceId, (pouch) => resolveConflict(pouch, key, rev, this.config.user, new Date()));
  }

  /** Keeps a combination of the versions (per field, the revision chosen for it) everywhere. */
  async combineConflict(serviceId: string, key: string, picks: Readonly<Record<string, string>>): Promise<void> {
    await this.resolveWith(serviceId, (pouch) => combineConflict(pouch, key, picks, this.config.user, new Date()));
  }

  private async resolveWith(serviceId: string, write: (pouch: PouchDatabase) => Promise<void>): Promise<void> {
    const pouch = this.pouchFor(serviceId);
    if (!pouch) return;
    await write(pouch);
    await new Promise<void>((resolve) =>
      this.run(async () => {
        try {
          await applyPending(this.db, serviceId, pouch);
        } finally {
          resolve();
        }
      }),
    );
  }

  /** Sends a change the server refused once more, as it is on this device. */
  async sendAgain(serviceId: string, key: string): Promise<void> {
    const link = this.links.get(serviceId);
    if (link) {
      link.ownWrites = true;
      await sendAgain(this.db, serviceId, link.local, key);
      this.applySoon(link);
    }
    await this.refresh();
  }

  /** Drops this device's refused change of a record and shows the team's version (needs the server). */
  async takeTeamVersion(serviceId: string, key: string): Promise<void> {
    const link = this.links.get(serviceId);
    if (!link?.remote) return;
    link.ownWrites = true;
    await takeTeamVersion(this.db, serviceId, link.local, link.remote, key);
    await this.resolveWith(serviceId, async () => undefined);
  }

  /** Restarts replication, e.g. after signing in again. */
  reconnect(): void {
    this.update({ problem: null, problemService: null });
    for (const link of this.links.values()) this.replicate(link);
  }

  /** Lets the queue finish, then stops replication and closes the local PouchDBs. */
  async stop(destroyLocal = false): Promise<void> {
    await this.queue;
    this.stopped = true;
    this.outboxWatch?.unsubscribe();
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    for (const link of this.links.values()) link.replication?.cancel();
    // A PouchDB read once it is closing throws where nothing can catch it.
    await Promise.allSettled([...this.refreshes]);
    for (const link of this.links.values()) await (destroyLocal ? link.local.destroy() : link.local.close());
    this.links.clear();
  }
}
