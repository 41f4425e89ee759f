// Issue 18, measured (BENCH_ONLY=intl npm run bench: Chromium at 4× CPU, fresh renderer per run,
// sides alternated, medians of 12 and 20 runs; 6 Dec 2026 on the shared 2-core machine, load 15–24):
// - the scoring screen's first formatting (the visit's dates and the mean) costs 6–16 ms on the
//   hand-written path against 284–437 ms for Intl formatters created on first use in a blank page,
//   and 133–190 ms for that first use inside the started app (the middle halves never overlap);
// - once the formatters exist, 500 rows of a number and a date take 37–67 ms hand-written against
//   17–19 ms with Intl (a list pays about 0.1 ms a row for the hand-written path at 4× CPU).
// The first use is on every start's critical path and far outside the noise, so numbers, changes and
// calendar dates keep the hand-written path, for every locale the app speaks (fi, sv, en; tested
// against Chromium's Intl in test/e2e/intl-format.e2e.mjs). Percentages and date-times (not on the
// first screen) use cached Intl formatters. A new language adds its symbols and date order below.
import { parseIsoDate, type IsoDate } from '../domain/dates';
import type { Locale } from '../domain/fidelity/scale-definition';
import { intlTag } from './locale';

// Building an Intl formatter loads locale data, so each is built once per locale and option.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits })));
  return format;
}

// Finland-Swedish writes dates as 11.10.2022, like Finnish; Intl's medium style for sv-FI would
// spell the month ("11 okt. 2022"), so Swedish asks for numeric parts.
const DATE_TIME_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { dateStyle: 'medium', timeStyle: 'short' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  en: { dateStyle: 'medium', timeStyle: 'short' },
};

const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** A whole percentage in the active locale: "75 %" in Finnish and Swedish, "75%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format)
    percentFormats.set(locale, (format = new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(percent / 100);
}

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) dateTimeFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag(locale), DATE_TIME_OPTIONS[locale])));
  return format;
}

// Plain decimals are written out by hand too: the first Intl.NumberFormat loads ICU's number data,
// about 150 ms at 4x CPU, and the scoring screen's first paint shows a mean. The output is Intl's
// for fi-FI, sv-FI and en-GB (tested against it); exponent forms and NaN or Infinity still go to Intl.
const NUMBER_SYMBOLS: Record<Locale, { decimal: string; group: string; minus: string }> = {
  fi: { decimal: ',', group: '\u00a0', minus: '\u2212' },
  sv: { decimal: ',', group: '\u00a0', minus: '\u2212' },
  en: { decimal: '.', group: ',', minus: '-' },
};

/**
 * `digits` rounded to `maximumFractionDigits` half away from zero, as Intl does: on the shortest
 * decimal that reads back as the same number ("1.005"), not on the binary value toFixed rounds.
 */
function roundDecimal(digits: string, maximumFractionDigits: number): { whole: string; fraction: string } {
  const [whole = '0', fraction = ''] = digits.split('.');
  if (fraction.length <= maximumFractionDigits) return { whole, fraction };
  let kept = whole + fraction.slice(0, maximumFractionDigits);
  if (fraction.charAt(maximumFractionDigits) >= '5') kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const split = kept.length - maximumFractionDigits;
  return { whole: kept.slice(0, split).replace(/^0+(?=\d)/, ''), fraction: kept.slice(split).replace(/0+$/, '') };
}

/** Numbers in the active locale: "4,29" in Finnish and Swedish, "4.29" in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  const digits = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(digits)) return numberFormat(locale, maximumFractionDigits).format(value);
  const { whole, fraction } = roundDecimal(digits, maximumFractionDigits);
  const symbols = NUMBER_SYMBOLS[locale];
  const sign = value < 0 || Object.is(value, -0) ? symbols.minus : '';
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, symbols.group);
  return `${sign}${grouped}${fraction ? symbols.decimal + fraction : ''}`;
}

/**
 * A change with its sign, as Intl's signDisplay 'exceptZero': "+8", "−3" ("-3" in English), "0".
 * The sign is text, so a change never rests on colour alone.
 */
export function formatChange(value: number, locale: Locale, maximumFractionDigits = 0): string {
  const size = formatNumber(Math.abs(value), locale, maximumFractionDigits);
  if (!/[1-9]/.test(size)) return size;
  return `${value > 0 ? '+' : NUMBER_SYMBOLS[locale].minus}${size}`;
}

// Calendar dates are written out by hand: building an Intl.DateTimeFormat loads time zone and
// calendar data, which cost a slow tablet about 100 ms at the start of the scoring screen. The
// output is the same as Intl's medium date style for fi-FI and en-GB, and its numeric date for sv-FI
// (tested against it).
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar date, shown without any time zone shift: "11.10.2022" (fi, sv) / "11 Oct 2022". */
export function formatDate(date: IsoDate, locale: Locale): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const { year, month, day } = parsed;
  return locale === 'en' ? `${day} ${ENGLISH_MONTHS[month - 1]} ${year}` : `${day}.${month}.${year}`;
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
