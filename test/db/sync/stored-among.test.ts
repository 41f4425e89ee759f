import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../../src/db/app-db';
import { storedAmong } from '../../../src/db/sync/stored-among';
import { dropDb, freshDb } from '../helpers';

/*
 * A first sync's batch asks for the stored versions of 2,000 records a device mostly does not have
 * yet (src/db/sync/stored-among.ts): the answer is bulkGet's, and only records that are stored are
 * fetched one by one.
 */
const opened: FidelioDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await dropDb(db);
});

describe('the stored versions of a large batch of records', () => {
  it('are what bulkGet answers, fetching only the records that are stored', async () => {
    const db = freshDb();
    opened.push(db);
    await db.syncRevs.bulkPut([
      { key: 'clients:b', rev: '1-b' },
      { key: 'clients:x', rev: '2-x' },
    ]);
    const keys = Array.from({ length: 200 }, (_, index) => `clients:${index}`).concat('clients:b', 'clients:x');
    const expected = await db.syncRevs.bulkGet(keys);
    const fetched = vi.spyOn(db.syncRevs, 'bulkGet');
    const answer = await db.transaction('r', db.syncRevs, () => storedAmong(db.syncRevs, keys));
    expect(answer).toEqual(expected);
    expect(answer.filter(Boolean)).toHaveLength(2);
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(fetched.mock.calls[0]![0]).toEqual(['clients:b', 'clients:x']);
  });

  it('are fetched as usual for a few records, or from a table much larger than the batch', async () => {
    const db = freshDb();
    opened.push(db);
    await db.syncRevs.bulkPut(Array.from({ length: 1200 }, (_, index) => ({ key: `clients:${index}`, rev: '1-a' })));
    const fetched = vi.spyOn(db.syncRevs, 'bulkGet');
    expect((await storedAmong(db.syncRevs, ['clients:1', 'clients:none'])).map((row) => row?.rev)).toEqual(['1-a', undefined]);
    const many = Array.from({ length: 70 }, (_, index) => `clients:${index * 2}`);
    expect(await storedAmong(db.syncRevs, many)).toEqual(await db.syncRevs.bulkGet(many));
    expect(fetched.mock.calls.map((call) => call[0].length)).toEqual([2, 70, 70]);
  });
});
