import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/fidelity/scale-definition';
import { detectLocale, isLocale, LOCALE_STORAGE_KEY } from './locale';
import { loadMessages } from './messages';

function readSavedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initialLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return detectLocale(readSavedLocale(), languages);
}

/** Loads a language's messages when i18next first needs them, so only the one in use is downloaded. */
const lazyMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLocale(language)) {
      callback(null, {});
      return;
    }
    loadMessages(language).then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export async function setupI18n(locale: Locale = initialLocale()): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(locale);
  } else {
    await i18next
      .use(lazyMessages)
      .use(initReactI18next)
      .init({
        lng: locale,
        fallbackLng: false,
        // React escapes output; escaping here would double-escape user text.
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: false },
      });
  }
  document.documentElement.lang = locale;
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
