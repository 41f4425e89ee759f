import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCALE } from '../../../src/domain/fidelity/built-in-scale';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import { LOCALES } from '../../../src/domain/fidelity/scale-definition';
import { ITEM_VERIFICATION, SCALE_SOURCES } from '../../../src/domain/fidelity/verification';

// SOURCES.md is where a reviewer checks where each title comes from: it must show the titles the
// app shows, in every language, with a source for each.
const sourcesMd = readFileSync(new URL('../../../src/domain/fidelity/texts/SOURCES.md', import.meta.url), 'utf8');
const rows = new Map(
  sourcesMd
    .split('\n')
    .filter((line) => /^\| (staffing|organization|services)-\d+ \|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .map(([id = '', fi = '', sv = '', en = '', source = '']) => [id, { fi, sv, en, source }] as const),
);

describe('SOURCES.md', () => {
  it('lists every item once', () => {
    expect([...rows.keys()]).toEqual(ITEM_IDS);
  });

  it.each(ITEM_IDS)('%s: the titles side by side are the scale titles, each with a source', (id) => {
    const row = rows.get(id);
    const item = BUILT_IN_SCALE.items.find((candidate) => candidate.id === id);
    for (const locale of LOCALES) expect(row?.[locale], `${id} ${locale}`).toBe(item?.texts[locale].title);
    expect(row?.source).toMatch(/^en (SEFS-2008|IPS-25); fi \S+/);
    expect(row?.source).toMatch(/sv \S+/);
  });

  it("keeps the field word poissulkukriteeri and today's service structure in the Finnish titles", () => {
    const fiTitles = BUILT_IN_SCALE.items.map((item) => item.texts.fi.title).join(' | ');
    expect(fiTitles).toContain('Ei poissulkukriteerejä');
    expect(fiTitles).not.toMatch(/ulossulku|TE-palvel|kuntakokeilu/);
  });
});

describe('verification data of the built-in scale', () => {
  it('records for every item when it was checked, how closely, and against known sources', () => {
    for (const item of BUILT_IN_SCALE.items) {
      const check = item.verification;
      expect(check, item.id).toEqual(ITEM_VERIFICATION[item.id]);
      expect(check?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(check?.sources.length).toBeGreaterThan(0);
      for (const source of check?.sources ?? []) expect(Object.keys(SCALE_SOURCES)).toContain(source);
      expect(item).not.toHaveProperty('isAnchorVerified');
    }
  });

  it('claims a check against the published form only for the items read on it', () => {
    const onForm = BUILT_IN_SCALE.items.filter((item) => item.verification?.anchors === 'form').map((item) => item.id);
    expect(onForm).toEqual(['staffing-1', 'staffing-2']);
  });
});
