// Setup for every unit test, in the node environment and in jsdom: an in-memory IndexedDB.
// Rendering setup (jest-dom, Testing Library's cleanup, messages) is in setup.ts, for jsdom only.
import 'fake-indexeddb/auto';
