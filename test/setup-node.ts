// Setup for every unit test, in the node environment and in jsdom: an in-memory IndexedDB.
// Rendering setup (jest-dom, Testing Library's cleanup, messages) is in setup.ts, for jsdom only.
import 'fake-indexeddb/auto';
import { beforeAll, vi } from 'vitest';
import { loadFactor } from './load-factor.mjs';

// The bound for a hung test (vite.config.ts: 60 s on a quiet machine) grows with the machine's
// load when each test file starts, as the browser tests' bounds do (./load-factor.mjs).
vi.setConfig({ testTimeout: 60_000 * loadFactor(), hookTimeout: 60_000 * loadFactor() });

// Test files share a worker's globals (isolate: false in vite.config.ts), so each starts with the
// empty web storage a fresh page has: a has-data marker another file left would make a start look
// like a device that lost its data.
beforeAll(() => {
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
