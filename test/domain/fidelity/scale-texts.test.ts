import { describe, it, expect } from 'vitest';
import { FIDELITY_ITEMS } from '../../../src/domain/fidelity/items';
import { LOCALES } from '../../../src/domain/fidelity/scale-definition';
import { BUILT_IN_SCALE } from '../../../src/domain/fidelity/built-in-scale';
import fiTexts from '../../../src/domain/fidelity/texts/fi.json';
import svTexts from '../../../src/domain/fidelity/texts/sv.json';
import enTexts from '../../../src/domain/fidelity/texts/en.json';

// Read the JSON as untyped data so a missing or misshapen entry fails here, not at type level.
const FILES: Record<string, Record<string, unknown>> = { fi: fiTexts, sv: svTexts, en: enTexts };
const ITEM_IDS = FIDELITY_ITEMS.map((item) => item.id);

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

describe.each(Object.keys(FILES))('scale texts (%s)', (locale) => {
  const file = FILES[locale] ?? {};

  it('has exactly the 25 item ids of FIDELITY_ITEMS', () => {
    expect(ITEM_IDS).toHaveLength(25);
    expect(Object.keys(file).sort()).toEqual([...ITEM_IDS].sort());
  });

  it.each(ITEM_IDS)('%s has a title, a description and five distinct anchors', (id) => {
    const entry = file[id] as { title?: unknown; description?: unknown; anchors?: unknown };
    expect(Object.keys(entry).sort()).toEqual(['anchors', 'description', 'title']);
    expect(isNonEmptyString(entry.title)).toBe(true);
    expect(isNonEmptyString(entry.description)).toBe(true);
    expect(Array.isArray(entry.anchors)).toBe(true);
    const anchors = entry.anchors as unknown[];
    expect(anchors).toHaveLength(5);
    for (const anchor of anchors) expect(isNonEmptyString(anchor)).toBe(true);
    expect(new Set(anchors.map((a) => String(a).trim())).size).toBe(5);
  });
});

describe('BUILT_IN_SCALE', () => {
  it('has the 25 items in the scale order, each with Finnish, Swedish and English texts and five anchors', () => {
    expect([...LOCALES]).toEqual(['fi', 'sv', 'en']);
    expect(BUILT_IN_SCALE.items).toHaveLength(25);
    expect(BUILT_IN_SCALE.items.map((item) => item.id)).toEqual(ITEM_IDS);
    for (const item of BUILT_IN_SCALE.items) {
      for (const locale of LOCALES) {
        const text = item.texts[locale];
        expect(text, `${item.id} ${locale}`).toBeDefined();
        expect(isNonEmptyString(text.title)).toBe(true);
        expect(text.anchors).toHaveLength(5);
      }
    }
  });

  it('names the scale in every language', () => {
    for (const locale of LOCALES) expect(isNonEmptyString(BUILT_IN_SCALE.name[locale])).toBe(true);
  });
});
