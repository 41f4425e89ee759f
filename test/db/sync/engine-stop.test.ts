import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncEngine } from '../../../src/db/sync/engine';
import { openServiceLink, type ServiceLink } from '../../../src/db/sync/service-link';
import { cleanUp, dexie } from './team-fixture';

/*
 * Sync stops often now: whenever another tab of the device takes it over (src/db/sync/sync-leader.ts).
 * A status refresh under way reads the device's PouchDB; closing it meanwhile made that read throw
 * where nothing could catch it (an uncaught InvalidStateError in the browser).
 */
afterEach(cleanUp);

describe('stopping team sync', () => {
  it('lets a status refresh under way read the device’s PouchDB before closing it', async () => {
    vi.stubGlobal('window', new EventTarget());
    try {
      const db = dexie();
      const engine = new SyncEngine(db, { server: 'http://127.0.0.1:9', user: 'anna', services: [{ id: 's1', name: 'Kätevä' }] });
      const inside = engine as unknown as { links: Map<string, ServiceLink>; refresh(): Promise<void> };
      const link = openServiceLink('s1', 'Kätevä', `${db.name}-device`, () => undefined, { adapter: 'memory' });
      inside.links.set('s1', link);
      let closed = false;
      const readWhileClosed: boolean[] = [];
      const close = link.local.close.bind(link.local);
      link.local.close = async () => {
        closed = true;
        return close();
      };
      const changes = link.local.changes.bind(link.local);
      link.local.changes = ((options: object) => {
        readWhileClosed.push(closed);
        return changes(options);
      }) as typeof link.local.changes;

      void inside.refresh().catch(() => undefined);
      await engine.stop();
      await vi.waitFor(() => expect(readWhileClosed).toHaveLength(1));
      expect(readWhileClosed).toEqual([false]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
