// The other side of issue 18's formatting question, for the bench only (bench/intl-format.mjs):
// src/i18n/format.ts's numbers, changes and calendar dates written with Intl formatters created
// on first use and cached, as the module would be without its hand-written path.
import { parseIsoDate, type IsoDate } from '../src/domain/dates';
import type { Locale } from '../src/domain/fidelity/scale-definition';
import { intlTag } from '../src/i18n/locale';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number, signDisplay: 'auto' | 'exceptZero'): Intl.NumberFormat {
  const key = `${locale} ${maximumFractionDigits} ${signDisplay}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits, signDisplay })));
  return format;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, maximumFractionDigits, 'auto').format(value);
}

export function formatChange(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, maximumFractionDigits, 'exceptZero').format(value);
}

// A calendar date has no time zone: formatted as midnight UTC in UTC.
const DATE_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { dateStyle: 'medium', timeZone: 'UTC' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  en: { dateStyle: 'medium', timeZone: 'UTC' },
};

export function formatDate(date: IsoDate, locale: Locale): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag(locale), DATE_OPTIONS[locale])));
  return format.format(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
}

export function formatDateRange(first: IsoDate, last: IsoDate, locale: Locale): string {
  return first === last ? formatDate(first, locale) : `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}
