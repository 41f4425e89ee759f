// Setup for every unit test, in the node environment and in jsdom: an in-memory IndexedDB.
// Rendering setup (jest-dom, Testing Library's cleanup, messages) is in setup.ts, for jsdom only.
import 'fake-indexeddb/auto';
import { beforeAll } from 'vitest';

// Test files share a worker's globals (isolate: false in vite.config.ts), so each starts with the
// empty web storage a fresh page has: a has-data marker another file left would make a start look
// like a device that lost its data.
beforeAll(() => {
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
