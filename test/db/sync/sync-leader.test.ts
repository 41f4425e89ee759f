import { describe, expect, it, vi } from 'vitest';
import { leaderLockName, SyncLeader, type Locks } from '../../../src/db/sync/sync-leader';

/*
 * One tab of a device runs team sync (src/db/sync/sync-leader.ts): tabs are SyncLeader objects
 * sharing one fake Web Locks manager (exclusive, first come first served, abortable while
 * waiting, released when the holder's callback settles, as navigator.locks) and one message bus
 * (as the BroadcastChannel of src/db/sync/tab-channel.ts).
 */
class FakeLocks implements Locks {
  private queue: { callback: () => Promise<void>; done: (value: unknown) => void; fail: (error: unknown) => void }[] = [];
  private isHeld = false;

  request(_name: string, { signal }: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown> {
    return new Promise((done, fail) => {
      const entry = { callback, done, fail };
      this.queue.push(entry);
      signal?.addEventListener('abort', () => {
        const at = this.queue.indexOf(entry);
        if (at < 0) return; // Granted already: aborting changes nothing.
        this.queue.splice(at, 1);
        fail(new DOMException('aborted', 'AbortError'));
      });
      this.next();
    });
  }

  private next(): void {
    if (this.isHeld) return;
    const entry = this.queue.shift();
    if (!entry) return;
    this.isHeld = true;
    entry
      .callback()
      .then(entry.done, entry.fail)
      .finally(() => {
        this.isHeld = false;
        this.next();
      });
  }
}

/** A device: its stored connection, the engines running in its tabs, and what happened in order. */
function device(locks: Locks | undefined = new FakeLocks()) {
  const state = { stored: true, running: new Set<string>(), mostAtOnce: 0, log: [] as string[] };
  const tabs = new Map<string, SyncLeader>();
  const tab = (name: string) => {
    const leader = new SyncLeader(locks, leaderLockName('fidelio'), {
      lead: async () => {
        await Promise.resolve(); // Reading the stored connection takes a moment.
        if (!state.stored) return false;
        state.running.add(name);
        state.mostAtOnce = Math.max(state.mostAtOnce, state.running.size);
        state.log.push(`${name} starts`);
        return true;
      },
      stepDown: async () => {
        if (!state.running.has(name)) return;
        await Promise.resolve(); // The engine finishes its queue.
        state.running.delete(name);
        state.log.push(`${name} stops`);
      },
      askForLock: () => {
        for (const [other, otherLeader] of tabs) if (other !== name) void otherLeader.handOver();
      },
      changed: () => undefined,
    });
    tabs.set(name, leader);
    return leader;
  };
  return { state, tab };
}

const running = (state: { running: Set<string> }) => [...state.running];

describe('one tab of a device runs team sync', () => {
  it('is the tab that got the lock first; another open tab takes over by itself when it stops', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const second = tab('second');
    first.join();
    second.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    expect(first.isLeader).toBe(true);
    expect(second.isLeader).toBe(false);
    expect(second.isWanted).toBe(true);

    await first.leave(); // The tab closes or stops sync.
    await vi.waitFor(() => expect(running(state)).toEqual(['second']));
    expect(state.log).toEqual(['first starts', 'first stops', 'second starts']);
    expect(state.mostAtOnce).toBe(1);
  });

  it('keeps the lock while the syncing tab restarts its engine: no other tab starts in between', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const second = tab('second');
    first.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    second.join();
    const during = await first.act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { running: running(state), secondLeads: second.isLeader };
    });
    expect(during).toEqual({ running: [], secondLeads: false });
    expect(running(state)).toEqual(['first']);
    expect(state.log).toEqual(['first starts', 'first stops', 'first starts']);
  });

  it('stops the syncing tab before acting in a waiting tab, which then syncs; never two engines', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const second = tab('second');
    first.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    second.join();
    const seen = await second.act(async () => ({ running: running(state), firstLeads: first.isLeader }));
    expect(seen).toEqual({ running: [], firstLeads: false });
    expect(running(state)).toEqual(['second']);
    // The tab that handed over waits again, and takes over when this one goes.
    expect(first.isWanted).toBe(true);
    await second.leave();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    expect(state.mostAtOnce).toBe(1);
  });

  it('reaches a tab that acts behind another waiting tab: it asks each tab given the lock in turn', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const ahead = tab('ahead');
    const acting = tab('acting');
    first.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    ahead.join();
    acting.join();
    await acting.act(async () => {
      state.log.push('acting acts');
    });
    expect(running(state)).toEqual(['acting']);
    expect(state.log).toEqual(['first starts', 'first stops', 'ahead starts', 'ahead stops', 'acting acts', 'acting starts']);
    expect(state.mostAtOnce).toBe(1);
    expect([first.isWanted, ahead.isWanted]).toEqual([true, true]);
  });

  it('makes the tab where the person acts the one syncing (leadHere), its engine started when it resolves', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const second = tab('second');
    first.join();
    second.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    await second.leadHere();
    expect(running(state)).toEqual(['second']);
    expect(state.log).toEqual(['first starts', 'first stops', 'second starts']);
  });

  it('after a sign-out leaves no engine and no held lock in any tab; a new sign-in syncs again', async () => {
    const { state, tab } = device();
    const first = tab('first');
    const second = tab('second');
    first.join();
    second.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['first']));
    await first.act(async () => {
      state.stored = false;
    });
    await vi.waitFor(() => expect([first.isWanted, second.isWanted]).toEqual([false, false]));
    expect([first.isLeader, second.isLeader]).toEqual([false, false]);
    expect(running(state)).toEqual([]);

    state.stored = true;
    await second.act(async () => undefined); // A new connection saved in the other tab.
    expect(running(state)).toEqual(['second']);
    expect(state.log).toEqual(['first starts', 'first stops', 'second starts']);
  });

  it('without Web Locks (an old browser) runs the engine in the tab at once, as before', async () => {
    const { state, tab } = device(undefined);
    const only = tab('only');
    only.join();
    await vi.waitFor(() => expect(running(state)).toEqual(['only']));
    await only.act(async () => undefined);
    expect(running(state)).toEqual(['only']);
    await only.leave();
    expect(running(state)).toEqual([]);
    expect(state.log).toEqual(['only starts', 'only stops', 'only starts', 'only stops']);
  });

  it('names a lock per database, so test databases never share one', () => {
    expect(leaderLockName('fidelio')).not.toBe(leaderLockName('fidelio-test-1'));
  });
});

describe('a tab whose Web Locks refuse', () => {
  it('syncs without the lock, as before them, rather than not at all', async () => {
    const refusing: Locks = { request: () => Promise.reject(new DOMException('sandboxed', 'SecurityError')) };
    const { state, tab } = device(refusing);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    tab('only').join();
    await vi.waitFor(() => expect(running(state)).toEqual(['only']));
    expect(errors).toHaveBeenCalledWith('Team sync could not wait for its lock', expect.any(DOMException));
    errors.mockRestore();
  });
});
