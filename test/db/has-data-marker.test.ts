// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { openForStartup } from '../../src/db/health';
import { loadDemo } from '../../src/db/repos/demo';
import {
  clearHasDataMarker,
  confirmDeviceHasData,
  getMeta,
  HAS_DATA_STORAGE_KEY,
  readHasDataMarker,
  rememberDeviceHasData,
} from '../../src/db/repos/meta';
import { dropDb, freshDb, NOW } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
  clearHasDataMarker();
});
afterEach(() => dropDb(db));

describe('the has-data marker around the first write', () => {
  it('issue 14 #10: a reload before the demo has committed starts fresh, not on the "data removed" screen', async () => {
    // The tap on "Load the demo": the save starts, and the page is reloaded before it commits.
    rememberDeviceHasData();
    expect(await openForStartup(db, 5_000)).toEqual({ kind: 'ok' });
    expect(localStorage.getItem(HAS_DATA_STORAGE_KEY)).toBeNull();
  });

  it('issue 14 #10: once the demo has committed, an emptied database is still reported as removed data', async () => {
    rememberDeviceHasData();
    await loadDemo(db, 'fi', NOW);
    confirmDeviceHasData();
    expect(readHasDataMarker()).toBe(true);
    // The IndexedDB half of the marker was written in the demo's own transaction.
    expect(await getMeta(db, 'hasData')).toBe(true);
    await Promise.all(db.tables.filter((table) => table.name !== 'meta').map((table) => table.clear()));
    expect(await openForStartup(db, 5_000)).toEqual({ kind: 'evicted' });
  });

  it('a start after a write that committed but was not yet confirmed (killed in between) confirms it', async () => {
    rememberDeviceHasData();
    await loadDemo(db, 'fi', NOW);
    expect(await openForStartup(db, 5_000)).toEqual({ kind: 'ok' });
    expect(readHasDataMarker()).toBe(true);
  });
});
