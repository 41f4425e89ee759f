// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { quickRevsDiff } from '../../src/db/sync/quick-revs-diff';
import { LOCAL_POUCH_OPTIONS } from '../../src/db/sync/local-pouch';
import { deviceReplica, type TestPouch } from './pouch.mjs';

type Diffable = TestPouch & { revsDiff(request: Record<string, string[]>): Promise<Record<string, unknown>> };
const opened: TestPouch[] = [];
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((db) => db.destroy()));
});

describe('the pull replication’s question “which revisions are missing here”', () => {
  it('answers as PouchDB does for documents absent, present, deleted and in conflict', async () => {
    const plain = deviceReplica('plain', LOCAL_POUCH_OPTIONS) as Diffable;
    const quick = quickRevsDiff(deviceReplica('quick', LOCAL_POUCH_OPTIONS)) as Diffable;
    opened.push(plain, quick);
    const request: Record<string, string[]> = { 'clients:new': ['1-a', '2-b'] };
    for (const db of [plain, quick]) {
      const kept = await db.put({ _id: 'clients:kept', record: { id: 'kept' } });
      request['clients:kept'] = [kept.rev, '2-later'];
      const gone = await db.put({ _id: 'clients:gone', record: { id: 'gone' } });
      await db.remove({ _id: 'clients:gone', _rev: gone.rev });
      request['clients:gone'] = [gone.rev, '3-again'];
      const withHistory = db as unknown as { bulkDocs(docs: object[], options: { new_edits: false }): Promise<unknown> };
      await withHistory.bulkDocs(
        [
          { _id: 'clients:both', _rev: '1-x', record: { id: 'both' } },
          { _id: 'clients:both', _rev: '1-y', record: { id: 'other' } },
        ],
        { new_edits: false },
      );
      request['clients:both'] = ['1-x', '1-z'];
    }
    // The same documents with the same revisions on both: the answers must be equal.
    const plainAnswer = await plain.revsDiff(request);
    const quickAnswer = await quick.revsDiff(request);
    expect(quickAnswer).toEqual(plainAnswer);
    expect(quickAnswer['clients:new']).toEqual({ missing: ['1-a', '2-b'] });
    expect(quickAnswer['clients:kept']).toEqual(expect.objectContaining({ missing: ['2-later'] }));
    expect(quickAnswer['clients:both']).toEqual(expect.objectContaining({ missing: ['1-z'] }));
  });
});
