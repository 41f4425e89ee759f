import { parseIsoDate, type IsoDate } from '../domain/dates';
import type { Locale } from '../domain/fidelity/scale-definition';
import { intlTag } from './locale';

/** Numbers in the active locale: "4,29" in Finnish, "4.29" in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits }).format(value);
}

/** A calendar date, shown without any time zone shift: "11.10.2022" / "11 Oct 2022". */
export function formatDate(date: IsoDate, locale: Locale): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const instant = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

export function formatDateRange(first: IsoDate, last: IsoDate, locale: Locale): string {
  return first === last ? formatDate(first, locale) : `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}

export function formatDateTime(timestamp: string, locale: Locale): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
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
