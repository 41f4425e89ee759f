import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../src/i18n/locale';
import { formatChange, formatDate, formatNumber } from '../../src/i18n/format';
import type { IsoDate } from '../../src/domain/dates';
import { areasOf, read } from './stored-messages';

/** Every namespace of a language, read from its folder. */
function allMessages(locale: 'fi' | 'en'): Record<string, unknown> {
  return Object.fromEntries(areasOf(locale).map((area) => [area, read(locale, area)]));
}

const messages = { fi: allMessages('fi'), en: allMessages('en') };

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort() : [];
}

function valueAt(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('messages', () => {
  const fiKeys = keysOf(messages.fi).sort();
  const enKeys = keysOf(messages.en).sort();

  it('have the same keys in Finnish and English', () => {
    expect(fiKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !fiKeys.includes(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const locale of ['fi', 'en'] as const) {
      for (const key of keysOf(messages[locale])) {
        expect(valueAt(messages[locale], key), `${locale}:${key}`).toMatch(/\S/);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of fiKeys) {
      expect(placeholdersOf(valueAt(messages.fi, key)), key).toEqual(placeholdersOf(valueAt(messages.en, key)));
    }
  });
});

describe('locale detection and formatting', () => {
  it('prefers the saved choice, then the browser language, then Finnish', () => {
    expect(detectLocale('en', ['fi-FI'])).toBe('en');
    expect(detectLocale(null, ['sv-FI', 'en-US'])).toBe('sv');
    expect(detectLocale(null, ['sv', 'fi-FI'])).toBe('sv');
    expect(detectLocale('sv', ['en-GB'])).toBe('sv');
    expect(detectLocale(null, ['de-DE', 'en-US'])).toBe('en');
    expect(detectLocale('xx', ['de-DE'])).toBe('fi');
    expect(detectLocale(null, [])).toBe('fi');
  });

  it('formats numbers with a decimal comma in Finnish and dates without a time zone shift', () => {
    expect(formatNumber(3.64, 'fi', 2)).toBe('3,64');
    expect(formatNumber(3.64, 'en', 2)).toBe('3.64');
    expect(formatDate('2022-10-11', 'fi')).toBe('11.10.2022');
    expect(formatDate('2022-10-11', 'en')).toBe('11 Oct 2022');
    expect(formatNumber(3.64, 'sv', 2)).toBe('3,64');
    expect(formatNumber(12345.6, 'sv', 1)).toBe('12\u00a0345,6');
    expect(formatDate('2022-10-11', 'sv')).toBe('11.10.2022');
  });

  it('writes numbers and signed changes as Intl would, without its start-up cost', () => {
    const values = [
      0, -0, 1, -1, 7, 10, 999, 1000, 1234, 9999, 10000, 12345.678, 1234567.891, -98765.4321, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 1.005,
      1.015, 1.045, 2.675, 4.285, 0.995, 9.995, 99.95, 999.9996, -0.004, -0.0049, 0.0001, 1e-7, 1e21, 123456789012345680000, 3.6, 4.29, 91,
      83,
    ];
    // Deterministic spread over magnitudes and fractions (a small linear congruential generator).
    let seed = 20221011;
    for (let index = 0; index < 3000; index += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const magnitude = 10 ** ((seed % 9) - 3);
      values.push(((seed / 2147483648) * 2 - 0.5) * magnitude);
      values.push(Math.round((seed % 100000) / 10) / 1000 + 0.0005);
    }
    values.push(NaN, Infinity, -Infinity);
    for (const maximumFractionDigits of [0, 1, 2, 3]) {
      const intl = {
        fi: new Intl.NumberFormat('fi-FI', { maximumFractionDigits }),
        sv: new Intl.NumberFormat('sv-FI', { maximumFractionDigits }),
        en: new Intl.NumberFormat('en-GB', { maximumFractionDigits }),
      };
      const intlChange = {
        fi: new Intl.NumberFormat('fi-FI', { maximumFractionDigits, signDisplay: 'exceptZero' }),
        sv: new Intl.NumberFormat('sv-FI', { maximumFractionDigits, signDisplay: 'exceptZero' }),
        en: new Intl.NumberFormat('en-GB', { maximumFractionDigits, signDisplay: 'exceptZero' }),
      };
      for (const value of values) {
        if (Number.isFinite(value)) {
          expect(formatChange(value, 'fi', maximumFractionDigits), `change ${value} fi ${maximumFractionDigits}`).toBe(
            intlChange.fi.format(value),
          );
          expect(formatChange(value, 'en', maximumFractionDigits), `change ${value} en ${maximumFractionDigits}`).toBe(
            intlChange.en.format(value),
          );
          expect(formatChange(value, 'sv', maximumFractionDigits), `change ${value} sv ${maximumFractionDigits}`).toBe(
            intlChange.sv.format(value),
          );
        }
        expect(formatNumber(value, 'fi', maximumFractionDigits), `${value} fi ${maximumFractionDigits}`).toBe(intl.fi.format(value));
        expect(formatNumber(value, 'en', maximumFractionDigits), `${value} en ${maximumFractionDigits}`).toBe(intl.en.format(value));
        expect(formatNumber(value, 'sv', maximumFractionDigits), `${value} sv ${maximumFractionDigits}`).toBe(intl.sv.format(value));
      }
    }
  });

  it('writes every calendar date as Intl would (medium style; numeric for sv-FI), without its start-up cost', () => {
    const intl = {
      fi: new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
      // Finland-Swedish writes dates with numbers, as Finnish does (sv-FI's medium style spells the month).
      sv: new Intl.DateTimeFormat('sv-FI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
    };
    for (let day = 0; day < 366 * 2; day += 1) {
      const instant = new Date(Date.UTC(2023, 0, 1 + day));
      const iso = instant.toISOString().slice(0, 10) as IsoDate;
      expect(formatDate(iso, 'fi')).toBe(intl.fi.format(instant));
      expect(formatDate(iso, 'en')).toBe(intl.en.format(instant));
      expect(formatDate(iso, 'sv')).toBe(intl.sv.format(instant));
    }
    expect(formatDate('2022-02-30' as IsoDate, 'fi')).toBe('2022-02-30');
  });
});
