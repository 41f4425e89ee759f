import { describe, expect, it } from 'vitest';
import { NAVIGATE_FALLBACK_DENYLIST } from '../../vite.config';

// Issue 17: the service worker answers the app's page addresses with index.html offline, but never
// the team server's CouchDB API under /couchdb/ (the browser test "server stopped mid-sync" opens
// /couchdb/ in a page the worker controls and gets the server's JSON).
const denied = (path: string) => NAVIGATE_FALLBACK_DENYLIST.some((pattern) => pattern.test(path));

describe('service worker navigation fallback', () => {
  it('leaves every /couchdb/ address to the server', () => {
    for (const path of ['/couchdb', '/couchdb/', '/couchdb/_session', '/couchdb/fidelio-service-1/_changes'])
      expect(denied(path), path).toBe(true);
  });

  it("still serves the app's own pages offline", () => {
    for (const path of ['/', '/settings/sync', '/sync/conflicts', '/clients/couchdb', '/couchdbx']) expect(denied(path), path).toBe(false);
  });
});
