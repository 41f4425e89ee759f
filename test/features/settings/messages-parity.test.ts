import { describe, expect, it } from 'vitest';
import enPwa from '../../../src/i18n/en/pwa.json';
import enSettings from '../../../src/i18n/en/settings.json';
import fiPwa from '../../../src/i18n/fi/pwa.json';
import fiSettings from '../../../src/i18n/fi/settings.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

function emptyTexts(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [prefix];
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => emptyTexts(child, `${prefix}.${key}`));
}

describe('settings and pwa messages', () => {
  it.each([
    ['settings', fiSettings, enSettings],
    ['pwa', fiPwa, enPwa],
  ])('%s has the same keys in Finnish and English, none empty', (_area, fi, en) => {
    expect(keys(fi)).toEqual(keys(en));
    expect(emptyTexts(fi)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
  });
});
