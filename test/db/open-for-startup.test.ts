// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { openForStartup, type StartupOutcome } from '../../src/db/health';
import { clearHasDataMarker } from '../../src/db/repos/meta';
import { dropDb, freshDb } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
  clearHasDataMarker();
});
afterEach(() => dropDb(db));

/** Makes the database's open answer only when `release` is called. */
function holdOpen(database: FidelioDb): () => void {
  const open = database.open.bind(database);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(database, 'open').mockImplementation(() => released.then(open) as ReturnType<FidelioDb['open']>);
  return release;
}

describe('opening the database at the start', () => {
  it('reliability.md #11: an open that does not answer in time is a timeout, and its late answer is handed on', async () => {
    const release = holdOpen(db);
    const late: StartupOutcome[] = [];
    expect(await openForStartup(db, 50, (outcome) => late.push(outcome))).toEqual({ kind: 'timeout' });
    expect(late).toEqual([]);
    release();
    await vi.waitFor(() => expect(late).toEqual([{ kind: 'ok' }]));
    expect(db.isOpen()).toBe(true);
  });
});
