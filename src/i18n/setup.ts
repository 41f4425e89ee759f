import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/fidelity/scale-definition';
import { detectLocale, LOCALE_STORAGE_KEY } from './locale';
import { messages } from './messages';

function readSavedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initialLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return detectLocale(readSavedLocale(), languages);
}

export async function setupI18n(locale: Locale = initialLocale()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { fi: { translation: messages.fi }, en: { translation: messages.en } },
    lng: locale,
    fallbackLng: false,
    // React escapes output; escaping here would double-escape user text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
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
