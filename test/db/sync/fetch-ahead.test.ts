import { describe, expect, it, vi } from 'vitest';
import { fetchAhead } from '../../../src/db/sync/fetch-ahead';

/*
 * A first sync fetches its next batch ahead (src/db/sync/fetch-ahead.ts). When the replication is
 * cancelled (sync stopped, or handed to another tab of the device, src/db/sync/sync-leader.ts)
 * while a changes request is out, PouchDB answers it with `{ status: 'cancelled' }` and no results.
 */
describe('fetching a first sync’s next batch ahead', () => {
  it('asks for the next batch’s documents as soon as its changes are known', async () => {
    const bulkGet = vi.fn(async () => ({ results: [] }));
    const remote = fetchAhead(
      { bulkGet, changes: async (_options: object) => ({ results: [{ id: 'clients:a', changes: [{ rev: '1-a' }] }] }) },
      () => true,
    );
    await remote.changes({});
    await vi.waitFor(() => expect(bulkGet).toHaveBeenCalledWith({ docs: [{ id: 'clients:a', rev: '1-a' }], revs: true, latest: true }));
  });

  it('takes a cancelled changes request quietly and fetches nothing', async () => {
    const failures: unknown[] = [];
    const onFailure = (error: unknown) => failures.push(error);
    process.on('unhandledRejection', onFailure);
    try {
      const bulkGet = vi.fn(async () => ({ results: [] }));
      const remote = fetchAhead({ bulkGet, changes: async (_options: object) => ({ status: 'cancelled' }) as never }, () => true);
      expect(await remote.changes({})).toEqual({ status: 'cancelled' });
      await new Promise(setImmediate); // Node reports an unhandled rejection once the current turn ends.
      expect(failures).toEqual([]);
      expect(bulkGet).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', onFailure);
    }
  });
});
