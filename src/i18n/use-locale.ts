import { useTranslation } from './use-translation';
import type { Locale } from '../domain/fidelity/scale-definition';
import { isLocale } from './locale';

/** The active UI locale as our own type. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'fi';
}
