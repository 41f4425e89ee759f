// Setup for every unit test, in the node environment and in jsdom: an in-memory IndexedDB.
// Rendering setup (jest-dom, Testing Library's cleanup, messages) is in setup.ts, for jsdom only.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { loadFactor } from './load-factor.mjs';

// The bound for a hung test (vite.config.ts: 60 s on a quiet machine) grows with the machine's
// load when each test file starts, as the browser tests' bounds do (./load-factor.mjs).
vi.setConfig({ testTimeout: 60_000 * loadFactor(), hookTimeout: 60_000 * loadFactor() });
