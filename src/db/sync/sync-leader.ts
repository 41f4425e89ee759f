/*
 * Which tab or window of a device runs team sync. All tabs of one browser profile share the
 * device's Dexie database and its PouchDBs: two engines would push the same outbox entries and
 * apply the same pulled batches at once (a first sync's batches written twice). One Web Lock per
 * database (`navigator.locks`) is held for as long as a tab's engine runs; the other tabs wait on
 * it, and the first of them takes over by itself when it is let go (the tab closed, sync stopped).
 * Without Web Locks (an old browser, Node) a tab runs its engine at once, as before.
 */

/** The part of the Web Locks API used here (navigator.locks). */
export interface Locks {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

export interface LeaderHooks {
  /** The lock is this tab's: start the engine from the stored connection; false when none is stored. */
  lead(): Promise<boolean>;
  /** Stop this tab's engine (the lock is still held while it stops). */
  stepDown(): Promise<void>;
  /** Ask the tab that holds the lock to let it go: the person acts on sync in this tab. */
  askForLock(): void;
  /** This tab began or stopped holding the lock. */
  changed(): void;
}

/** The lock's name: one per database, so test databases (and other apps on the origin) never share it. */
export const leaderLockName = (dbName: string) => `fidelio-team-sync:${dbName}`;

/** How often a tab that needs the lock asks again (another waiting tab may have been given it). */
const ASK_AGAIN_MS = 1_000;

export class SyncLeader {
  private release: (() => void) | null = null;
  private waiting: AbortController | null = null;
  private wanted = false;
  private acting = 0;
  private steps: Promise<unknown> = Promise.resolve();
  private grantWaiters: (() => void)[] = [];

  constructor(
    private locks: Locks | undefined,
    readonly name: string,
    private readonly hooks: LeaderHooks,
  ) {}

  /** This tab holds the lock (its engine runs, or is being started or stopped). */
  get isLeader(): boolean {
    return this.release !== null;
  }

  /** This tab wants to sync: it holds the lock or waits for it. */
  get isWanted(): boolean {
    return this.wanted;
  }

  /** Sync is configured: lead once the lock is this tab's, and wait for it meanwhile. */
  join(): void {
    this.wanted = true;
    if (this.release || this.waiting) return;
    if (!this.locks) return this.granted(() => undefined);
    const waiting = new AbortController();
    this.waiting = waiting;
    const held = () =>
      new Promise<void>((release) => {
        if (this.waiting === waiting) this.waiting = null;
        this.granted(release);
      });
    this.locks.request(this.name, { signal: waiting.signal }, held).catch((error: unknown) => {
      if (this.waiting === waiting) this.waiting = null;
      if (waiting.signal.aborted) return;
      // Web Locks refused (a sandboxed page, say): this tab syncs without the lock, as before them.
      console.error('Team sync could not wait for its lock', error);
      this.locks = undefined;
      if (this.wanted && !this.release) this.granted(() => undefined);
    });
  }

  /** Sync stops in this tab (and it no longer waits): the lock goes to the next tab waiting. */
  leave(): Promise<void> {
    this.wanted = false;
    this.waiting?.abort();
    this.waiting = null;
    return this.step(async () => {
      if (!this.release) return;
      await this.hooks.stepDown();
      this.letGo();
    });
  }

  /** Another tab asked for the lock: this tab's engine stops, the lock goes, and this tab waits again. */
  handOver(): Promise<void> {
    return this.step(async () => {
      if (!this.release || !this.locks || this.acting > 0) return;
      await this.hooks.stepDown();
      this.letGo();
      if (this.wanted) this.join();
    });
  }

  /**
   * Makes this the tab that syncs (the holder is asked to let go), e.g. to resolve a conflict here;
   * resolves once its engine has started (or found nothing to sync).
   */
  async leadHere(): Promise<void> {
    this.join();
    if (!this.release) {
      const granted = new Promise<void>((resolve) => this.grantWaiters.push(resolve));
      this.hooks.askForLock();
      const askAgain = setInterval(() => this.hooks.askForLock(), ASK_AGAIN_MS);
      try {
        await granted;
      } finally {
        clearInterval(askAgain);
      }
    }
    await this.step(async () => undefined);
  }

  /**
   * Runs `action` in this tab with the lock held and no engine running anywhere (a sign-out, a
   * service removed, a new connection saved), then starts the engine again from what is stored by
   * then, or lets the lock go when nothing is.
   */
  async act<T>(action: () => Promise<T>): Promise<T> {
    this.acting += 1;
    try {
      await this.leadHere();
      return await this.step(async () => {
        await this.hooks.stepDown();
        try {
          return await action();
        } finally {
          await this.leadOrLetGo();
        }
      });
    } finally {
      this.acting -= 1;
    }
  }

  private granted(release: () => void): void {
    this.release = release;
    for (const resolve of this.grantWaiters.splice(0)) resolve();
    this.hooks.changed();
    // An action waiting for the lock (act) starts the engine itself once it is done.
    if (this.acting === 0) void this.step(() => this.leadOrLetGo());
  }

  private async leadOrLetGo(): Promise<void> {
    const led = this.wanted && (await this.hooks.lead().catch(failed));
    if (led) return;
    // Nothing to sync (signed out meanwhile, in this tab or another): the lock is not kept.
    this.wanted = false;
    this.letGo();
  }

  private letGo(): void {
    const release = this.release;
    this.release = null;
    release?.();
    this.hooks.changed();
  }

  /** One change of role at a time: a stop always ends before the next start. */
  private step<T>(work: () => Promise<T>): Promise<T> {
    const next = this.steps.then(work);
    this.steps = next.catch(() => undefined);
    return next;
  }
}

function failed(error: unknown): false {
  console.error('Team sync did not start', error);
  return false;
}
