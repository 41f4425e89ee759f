import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/fidelity/scale-definition';
import { detectLocale, LOCALE_STORAGE_KEY } from './locale';
import { lazyNamespaces } from './namespaces';

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

/** How the app's i18next is set up (tests build instances of their own with the same). */
export const I18N_OPTIONS = {
  fallbackLng: false,
  defaultNS: 'common',
  // A missing key shows as `caseload:group.key`, which the tests look for, never as a bare
  // `group.key` that could pass for a word.
  appendNamespaceToMissingKey: true,
  // React escapes output; escaping here would double-escape user text.
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;

/** The namespaces the build found the first screen using (vite.config.ts preloads them, in Finnish). */
function startNamespaces(): string[] {
  if (typeof document === 'undefined') return [];
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][data-namespace]');
  return [...links].flatMap((link) => (link.dataset.namespace ?? '').split(' ')).filter((ns) => ns !== '');
}

/**
 * Namespaces load when a component first asks for one (`useTranslation(['caseload'])`), in the
 * language in use only; react-i18next holds that component in Suspense until they are there.
 * At start, the namespaces index.html preloads are loaded in the user's language alongside the
 * database, so the first screen need not wait for them after its first render.
 */
export async function setupI18n(locale: Locale = initialLocale()): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(locale);
  } else {
    await i18next
      .use(lazyNamespaces)
      .use(initReactI18next)
      .init({
        lng: locale,
        ...I18N_OPTIONS,
        ns: startNamespaces(),
        // Ask the backend for the start's namespaces now, not after a timer: the first screen waits for them.
        initAsync: false,
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
  // i18next loads every namespace in use in the new language before it switches.
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
