import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { listRatings, listServiceSummaries, ratingsByItem } from '../../src/db/queries';
import { hasDemo, loadDemo, removeDemo } from '../../src/db/repos/demo';
import { createService } from '../../src/db/repos/services';
import { totalScore } from '../../src/domain/fidelity/scoring';
import { BUILT_IN_SCALE } from '../../src/domain/fidelity/built-in-scale';
import { EMPTY, NOW, counts, dropDb, freshDb, serviceDraft } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('demo data', () => {
  it('loads two reviews totalling 83 and 91', async () => {
    expect(await hasDemo(db)).toBe(false);
    const serviceIds = await loadDemo(db, 'fi', NOW);
    expect(serviceIds.length).toBeGreaterThan(0);
    expect(await hasDemo(db)).toBe(true);

    const reviews = await db.reviews.toArray();
    expect(reviews).toHaveLength(2);
    const totals = await Promise.all(reviews.map(async (r) => totalScore(ratingsByItem(await listRatings(db, r.id)))));
    expect(totals.map((t) => t.total).sort()).toEqual([83, 91]);
    expect(totals.every((t) => t.isComplete)).toBe(true);
    expect((await listServiceSummaries(db)).length).toBe(serviceIds.length);
  });

  it('does not load twice', async () => {
    await loadDemo(db, 'en', NOW);
    const before = await counts(db);
    await loadDemo(db, 'en', NOW);
    expect(await counts(db)).toEqual(before);
  });

  it('removes exactly the demo records, leaving nothing behind', async () => {
    await loadDemo(db, 'fi', NOW);
    await removeDemo(db);
    expect(await counts(db)).toEqual(EMPTY);
    expect(await hasDemo(db)).toBe(false);
    expect(await db.scales.get(BUILT_IN_SCALE.key)).toBeDefined();
  });

  it('keeps the user’s own services when the demo is removed', async () => {
    const own = await createService(db, serviceDraft({ name: 'Oma palvelu' }), NOW);
    await loadDemo(db, 'fi', NOW);
    await removeDemo(db);
    expect((await db.services.toArray()).map((s) => s.id)).toEqual([own]);
  });
});
