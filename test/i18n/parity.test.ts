// Issue 18: every language has every message. A key in one language and not another shows a raw
// key at run time, and the typed keys (i18next.d.ts) only know the English files, so the type
// checker cannot see a Swedish or Finnish gap. Read from the folders themselves: a new area file
// or a new language folder is checked without editing this test.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/domain/fidelity/scale-definition';
import { areasOf, read, texts } from './stored-messages';

// i18next's plural suffixes: cardinal (_one, _other…) and ordinal (_ordinal_one…).
const PLURAL = /_(ordinal_)?(zero|one|two|few|many|other)$/;

/** The plural forms a language needs, as Intl names them; i18next picks the key the same way. */
function pluralForms(locale: Locale, ordinal: boolean): string[] {
  return new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.fromEntries(areasOf(locale).map((area) => [area, new Map(texts(read(locale, area)))]))]),
) as Record<Locale, Record<string, Map<string, string>>>;

describe('every language has every message (fi, sv, en)', () => {
  it('has a folder for every language with the same area files', () => {
    const areas = areasOf('fi');
    expect(areas.length).toBeGreaterThan(10);
    for (const locale of LOCALES) expect(areasOf(locale), locale).toEqual(areas);
  });

  it.each(areasOf('fi'))('%s: the same keys in every language', (area) => {
    const keys = (locale: Locale) => [...(messages[locale][area]?.keys() ?? [])].sort();
    for (const locale of LOCALES) {
      for (const other of LOCALES) {
        if (locale === other) continue;
        const missing = keys(other).filter((key) => !messages[locale][area]?.has(key));
        expect(missing, `${area}: in ${other}, missing in ${locale}`).toEqual([]);
      }
    }
  });

  it.each(areasOf('fi'))('%s: the same placeholders and no empty text in every language', (area) => {
    for (const [key, english] of messages.en[area] ?? []) {
      for (const locale of LOCALES) {
        const text = messages[locale][area]?.get(key) ?? '';
        expect(text, `${locale} ${area}.${key}`).toMatch(/\S/);
        expect(text, `${locale} ${area}.${key}`).not.toMatch(/^<not a text/);
        expect(placeholders(text), `${locale} ${area}.${key}: placeholders`).toEqual(placeholders(english));
      }
    }
  });

  it.each(areasOf('fi'))('%s: every plural has each form the language needs', (area) => {
    const bases = new Map<string, boolean>();
    for (const key of messages.en[area]?.keys() ?? []) {
      const match = PLURAL.exec(key);
      if (match) bases.set(key.slice(0, match.index), Boolean(match[1]));
    }
    for (const [base, ordinal] of bases) {
      for (const locale of LOCALES) {
        for (const form of pluralForms(locale, ordinal)) {
          const key = `${base}_${ordinal ? 'ordinal_' : ''}${form}`;
          expect(messages[locale][area]?.has(key), `${locale} ${area}.${key}`).toBe(true);
        }
      }
    }
  });

  it('would catch a gap: a key removed from one language is reported', () => {
    const area = 'reviews';
    const swedish = new Map(messages.sv[area]);
    swedish.delete('summary.total');
    const missing = [...(messages.fi[area]?.keys() ?? [])].filter((key) => !swedish.has(key));
    expect(missing).toEqual(['summary.total']);
  });
});

// Texts that are the same in Swedish and English on purpose: names, codes and words the two
// languages share, as `namespace:key`. Anything else identical is an untranslated English text.
const SAME_AS_ENGLISH = new Set([
  'common:appName',
  'common:dataSources.OBS',
  'common:dataSources.abbr.MIS',
  'common:dataSources.abbr.DOC',
  'common:dataSources.abbr.INT',
  'common:dataSources.abbr.OBS',
  'backup:problems.types.string',
  'caseload:closureReasons.pension',
  'report:document.organisation',
  'report:document.scaleVersion',
  'services:form.organisation',
  'services:page.organisation',
  'pwa:offlineReady.dismiss',
  'settings:language.names.fi',
  'settings:language.names.en',
  'settings:language.names.sv',
  'sync:conflicts.version',
  'evidence:panel.period',
  'settings:scaleInfo.glossary.ips.term',
  'sync:conflicts.fromVersion',
]);

/** Placeholders, numbers and signs only ("{{value}} / {{max}}"): nothing to translate. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

describe('Swedish is translated', () => {
  it('has no text identical to the English one, except names and codes on the allowlist', () => {
    const untranslated: string[] = [];
    for (const [area, english] of Object.entries(messages.en)) {
      for (const [key, text] of english) {
        const id = `${area}:${key}`;
        if (messages.sv[area]?.get(key) === text && hasWords(text) && !SAME_AS_ENGLISH.has(id)) untranslated.push(`${id}: ${text}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('keeps the allowlist honest: every entry is still the same in both languages', () => {
    const stale = [...SAME_AS_ENGLISH].filter((id) => {
      const [area = '', key = ''] = id.split(':');
      return messages.sv[area]?.get(key) !== messages.en[area]?.get(key);
    });
    expect(stale).toEqual([]);
  });
});
