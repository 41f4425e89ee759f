import type { Locale } from '../../domain/fidelity/scale-definition';
import { intlTag } from '../../i18n/locale';

/** A change with its sign, in the locale: "+8", "−3", "0" (Finnish "+0,33" with a decimal comma). */
export function formatChange(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlTag(locale), { signDisplay: 'exceptZero', maximumFractionDigits }).format(value);
}
