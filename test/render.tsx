import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Locale } from '../src/domain/fidelity/scale-definition';
import { setupI18n } from '../src/i18n/setup';

/** Renders a screen with the app's providers: translations in `locale`, and a router at `path`. */
export async function renderScreen(
  ui: ReactElement,
  { path = '/', locale = 'fi' }: { path?: string; locale?: Locale } = {},
): Promise<RenderResult & { location: ReturnType<typeof memoryLocation> }> {
  if (!i18next.isInitialized) await setupI18n(locale);
  else await i18next.changeLanguage(locale);
  const location = memoryLocation({ path, record: true });
  const result = render(
    <I18nextProvider i18n={i18next}>
      <Router hook={location.hook}>{ui}</Router>
    </I18nextProvider>,
  );
  return { ...result, location };
}
