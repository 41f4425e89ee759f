import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ensureBuiltInScale } from '../../src/db/seed-scale';
import { getScale } from '../../src/db/queries';
import { BUILT_IN_SCALE, BUILT_IN_SCALE_V1 } from '../../src/domain/fidelity/built-in-scale';
import { dropDb, freshDb } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('ensureBuiltInScale', () => {
  it('seeds the built-in scale when the database opens', async () => {
    await db.open();
    await db.seeding;
    expect(await db.scales.get(BUILT_IN_SCALE.key)).toEqual(BUILT_IN_SCALE);
    expect(await db.scales.count()).toBe(1);
  });

  it('is idempotent', async () => {
    await db.open();
    await db.seeding;
    expect(await ensureBuiltInScale(db)).toBe(false);
    expect(await ensureBuiltInScale(db)).toBe(false);
    expect(await db.scales.count()).toBe(1);
  });

  it('never overwrites a stored version, even across reopening', async () => {
    await db.open();
    await db.seeding;
    const stored = { ...BUILT_IN_SCALE, name: { fi: 'Vanha sanamuoto', en: 'Old wording', sv: 'Gammal formulering' } };
    await db.scales.put(stored);
    db.close({ disableAutoOpen: false });
    await db.open();
    await db.seeding;
    expect(await ensureBuiltInScale(db)).toBe(false);
    expect((await db.scales.get(BUILT_IN_SCALE.key))?.name.fi).toBe('Vanha sanamuoto');
  });

  it('seeds a missing version next to older ones (an app update raised the version)', async () => {
    await db.open();
    await db.seeding;
    await db.scales.clear();
    await db.scales.put({ ...BUILT_IN_SCALE, key: 'ips-25@0', version: 0 });
    expect(await ensureBuiltInScale(db)).toBe(true);
    expect((await db.scales.toArray()).map((s) => s.key).sort()).toEqual(['ips-25@0', BUILT_IN_SCALE.key]);
  });

  it('falls back to the bundled scale when the seed is missing', async () => {
    await db.open();
    await db.seeding;
    await db.scales.clear();
    expect(await getScale(db, BUILT_IN_SCALE.key)).toEqual(BUILT_IN_SCALE);
    expect(await getScale(db, 'other@1')).toBeNull();
  });
});

describe('a scale version from before Swedish', () => {
  it("shows its own Finnish wording in Swedish, never another version's words", async () => {
    await db.open();
    await db.seeding;
    const shown = await getScale(db, BUILT_IN_SCALE_V1.key);
    expect(shown?.name.sv).toBe(BUILT_IN_SCALE_V1.name.fi);
    expect(shown?.items.map((item) => item.texts.sv)).toEqual(BUILT_IN_SCALE_V1.items.map((item) => item.texts.fi));
    expect(shown?.items[0]?.texts.sv).not.toEqual(BUILT_IN_SCALE.items[0]?.texts.sv);
  });
});
