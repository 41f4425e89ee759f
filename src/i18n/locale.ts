import type { Locale } from '../domain/fidelity/scale-definition';

export const LOCALE_STORAGE_KEY = 'fidelio.locale';

/**
 * The languages the app's messages exist in. The scale has Swedish wording (LOCALES), but the
 * screens offer Swedish only once its messages (src/i18n/sv) are there.
 */
export const UI_LOCALES = ['fi', 'en'] as const satisfies readonly Locale[];
export type UiLocale = (typeof UI_LOCALES)[number];

export function isLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** The user's saved choice, else the first browser language we speak, else Finnish. */
export function detectLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const language of browserLanguages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'fi';
}

/** BCP 47 tag for Intl: Finnish formats numbers with a decimal comma. */
export function intlTag(locale: Locale): string {
  return locale === 'fi' ? 'fi-FI' : locale === 'sv' ? 'sv-FI' : 'en-GB';
}
