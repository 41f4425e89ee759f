import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/app-db';
import { isDatabaseEmpty, openForStartup } from '../../src/db/health';
import { markHasData } from '../../src/db/repos/meta';
import { createService } from '../../src/db/repos/services';
import { wipeDevice } from '../../src/widgets/wipe-device';
import { serviceDraft } from '../fixtures/records';

describe('issue 14 #2: delete everything on this device', () => {
  it('deletes every database and localStorage, and the next start is a fresh one, not a data-loss screen', async () => {
    await db.open();
    await createService(db, serviceDraft(), new Date());
    await markHasData(db);
    localStorage.setItem('fidelio.other', 'x');
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(db.name);

    await wipeDevice();
    expect(await indexedDB.databases()).toEqual([]);
    expect(localStorage.length).toBe(0);

    // What the next start does: the marker is gone with the data, so it is a fresh device.
    expect(await openForStartup(db, 5_000)).toEqual({ kind: 'ok' });
    expect(await isDatabaseEmpty(db)).toBe(true);
  });
});
