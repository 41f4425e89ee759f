import { Suspense, type ReactElement } from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { Router } from 'wouter';
import { expect } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import type { Locale } from '../src/domain/fidelity/scale-definition';
import { setupI18n } from '../src/i18n/setup';

const LOADING_MESSAGES = 'render-loading-messages';

/**
 * Renders a screen with the app's providers: translations in `locale`, and a router at `path`.
 * Resolves once the screen has its messages: its components ask i18next for their namespaces and
 * wait in Suspense, as in the app; nothing is preloaded for them.
 */
export async function renderScreen(
  ui: ReactElement,
  { path = '/', locale = 'fi' }: { path?: string; locale?: Locale } = {},
): Promise<RenderResult & { location: ReturnType<typeof memoryLocation> }> {
  if (!i18next.isInitialized) await setupI18n(locale);
  else await i18next.changeLanguage(locale);
  const location = memoryLocation({ path, record: true });
  const result = render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<span data-testid={LOADING_MESSAGES} />}>
        <Router hook={location.hook}>{ui}</Router>
      </Suspense>
    </I18nextProvider>,
  );
  await waitFor(() => expect(screen.queryByTestId(LOADING_MESSAGES)).toBeNull());
  return { ...result, location };
}
