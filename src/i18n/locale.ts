import { LOCALES, type Locale } from '../domain/fidelity/scale-definition';

export const LOCALE_STORAGE_KEY = 'fidelio.locale';

/** The order a user is offered the languages in: Finland's two national languages first. */
export const LANGUAGE_CHOICES: readonly Locale[] = ['fi', 'sv', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
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

const INTL_TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** BCP 47 tag for Intl: Finnish and Finland-Swedish format numbers with a decimal comma. */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}
