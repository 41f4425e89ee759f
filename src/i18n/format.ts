import { parseIsoDate, type IsoDate } from '../domain/dates';
import type { Locale } from '../domain/fidelity/scale-definition';
import { intlTag } from './locale';

// Building an Intl formatter loads locale data; a screen formats dozens of numbers per render,
// so each formatter is built once per locale and option.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits })));
  return format;
}

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) dateTimeFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' })));
  return format;
}

/** Numbers in the active locale: "4,29" in Finnish, "4.29" in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, maximumFractionDigits).format(value);
}

// Calendar dates are written out by hand: building an Intl.DateTimeFormat loads time zone and
// calendar data, which cost a slow tablet about 100 ms at the start of the scoring screen. The
// output is the same as Intl's medium date style for fi-FI and en-GB (tested against it).
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar date, shown without any time zone shift: "11.10.2022" / "11 Oct 2022". */
export function formatDate(date: IsoDate, locale: Locale): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const { year, month, day } = parsed;
  return locale === 'fi' ? `${day}.${month}.${year}` : `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

export function formatDateRange(first: IsoDate, last: IsoDate, locale: Locale): string {
  return first === last ? formatDate(first, locale) : `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}

export function formatDateTime(timestamp: string, locale: Locale): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  return dateTimeFormat(locale).format(instant);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${units[unit]}`;
}
