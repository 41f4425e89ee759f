// @vitest-environment jsdom
import { lazy, Suspense } from 'react';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../src/i18n/setup';
import { withMessages } from '../../src/i18n/with-messages';
import { loadFactor } from '../load-factor.mjs';

// Runs with modules of its own (OWN_MODULES in vite.config.ts): i18next starts here with only the
// start's namespaces, so 'evidence' is certainly not loaded before the test asks for it.
// In the node project, so without test/setup.ts: its set-up of i18next and its bound for waits.
beforeAll(async () => {
  await setupI18n('fi');
});
configure({ asyncUtilTimeout: 20_000 * loadFactor() });
afterEach(cleanup);

describe('withMessages (issue 15)', () => {
  it('fetches a lazily loaded part’s words while its code loads, and shows the part once, with its words', async () => {
    expect(i18next.hasLoadedNamespace('evidence')).toBe(false);
    let releaseCode = () => {};
    const code = new Promise<void>((resolve) => (releaseCode = resolve));
    const Part = lazy(
      withMessages(async () => {
        await code;
        return { default: () => <p data-testid="part">{i18next.t('evidence:panel.title')}</p> };
      }, ['evidence']),
    );
    render(
      <Suspense fallback={<p>…</p>}>
        <Part />
      </Suspense>,
    );
    // The part's code is still loading, and its words are already here.
    await waitFor(() => expect(i18next.hasLoadedNamespace('evidence')).toBe(true));
    expect(screen.queryByTestId('part')).toBeNull();
    releaseCode();
    const title = i18next.t('evidence:panel.title');
    expect(title).not.toBe('panel.title');
    expect((await screen.findByTestId('part')).textContent).toBe(title);
  });
});
