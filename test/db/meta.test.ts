// @vitest-environment jsdom
// The marker is written to localStorage too, a browser API that node does not have.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { HAS_DATA_STORAGE_KEY, getMeta, markHasData, readHasDataMarker, setMeta } from '../../src/db/repos/meta';
import { dropDb, freshDb } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
  localStorage.removeItem(HAS_DATA_STORAGE_KEY);
});
afterEach(() => dropDb(db));

describe('meta', () => {
  it('stores and reads values', async () => {
    expect(await getMeta(db, 'x')).toBeUndefined();
    await setMeta(db, 'x', { a: 1 });
    expect(await getMeta(db, 'x')).toEqual({ a: 1 });
  });

  it('marks that data exists both in IndexedDB and in localStorage', async () => {
    expect(readHasDataMarker()).toBe(false);
    await markHasData(db);
    expect(await getMeta(db, 'hasData')).toBe(true);
    expect(localStorage.getItem(HAS_DATA_STORAGE_KEY)).toBe('1');
    expect(readHasDataMarker()).toBe(true);
  });
});
