// Setup for the tests that render (the jsdom project in vite.config.ts), after setup-node.ts.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { setupI18n } from '../src/i18n/setup';
import { loadFactor } from './load-factor';

// Tests marked `// @vitest-environment node` (servers, pure logic) have no DOM to set up.
const hasDom = typeof document !== 'undefined';

// i18next with the app's own backend and no namespace loaded: each rendered component loads what
// it asks for (useTranslation), so a component that forgets a namespace shows a raw key here too.
beforeAll(async () => {
  if (!hasDom) return;
  await setupI18n('fi');
});

// findBy… and waitFor return as soon as their condition holds; the bound only ends a test whose
// screen never shows what it waits for, and a busy shared machine needs far more than 1 s (20 s,
// times the machine's load per core).
configure({ asyncUtilTimeout: 20_000 * loadFactor() });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  if (hasDom) cleanup();
});

// jsdom has <dialog> but not its modal methods; the browser tests cover the real behaviour.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
