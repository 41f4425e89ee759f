// Setup for the tests that render (the jsdom project in vite.config.ts), after setup-node.ts.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { ensureFeatureMessages, FEATURE_AREAS } from '../src/i18n/feature-messages';
import { setupI18n } from '../src/i18n/setup';

// Tests marked `// @vitest-environment node` (servers, pure logic) have no DOM to set up.
const hasDom = typeof document !== 'undefined';

// Screens are rendered directly in tests, not through the routes that load their messages.
beforeAll(async () => {
  if (!hasDom) return;
  await setupI18n('fi');
  await Promise.all(FEATURE_AREAS.map((area) => ensureFeatureMessages(area)));
});

// findBy… and waitFor return as soon as their condition holds; the bound only ends a test whose
// screen never shows what it waits for, and a busy shared machine needs far more than 1 s.
configure({ asyncUtilTimeout: 20_000 });

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
