import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ensureBuiltInScale } from '../../src/db/seed-scale';
import { getReviewScreen, getScale } from '../../src/db/queries';
import { createReview } from '../../src/db/repos/reviews';
import { BUILT_IN_SCALE, BUILT_IN_SCALE_V1, bundledScale } from '../../src/domain/fidelity/built-in-scale';
import { BUILT_IN_SCALE_KEY, type StoredScaleDefinition } from '../../src/domain/fidelity/scale-definition';
import { ScaleDefinitionSchema } from '../../src/domain/transfer/scale-schema';
import backupV1 from '../fixtures/backups/fidelio-backup-v1.json';
import { dropDb, freshDb, NOW, reviewDraft, serviceWithReview } from './helpers';

// The scale version 1 as the app of issue 1 stored it (kept in the version 1 backup fixture).
const STORED_V1 = backupV1.data.scales[0] as unknown as StoredScaleDefinition;

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

/** A device as the previous app left it: version 1 stored, a review rated against it. */
async function deviceWithVersion1Review(): Promise<string> {
  await db.open();
  await db.seeding;
  await db.scales.clear();
  await db.scales.add(structuredClone(STORED_V1));
  const { reviewId } = await serviceWithReview(db);
  await db.reviews.update(reviewId, { scaleVersion: 1 });
  return reviewId;
}

describe('scale versions (issue 16: the new wording is version 2)', () => {
  it('bundles version 1 exactly as it was stored, so it can always be shown again', () => {
    expect(BUILT_IN_SCALE_V1).toEqual(STORED_V1);
    expect(bundledScale('ips-25@1')).toBe(BUILT_IN_SCALE_V1);
    expect(BUILT_IN_SCALE.version).toBe(2);
    expect(BUILT_IN_SCALE.key).toBe(BUILT_IN_SCALE_KEY);
  });

  it('both versions pass the backup schema, so backups with either restore', () => {
    expect(ScaleDefinitionSchema.safeParse(STORED_V1).success).toBe(true);
    expect(ScaleDefinitionSchema.safeParse(structuredClone(BUILT_IN_SCALE)).success).toBe(true);
  });

  it('seeds version 2 next to version 1 and leaves version 1 untouched', async () => {
    await deviceWithVersion1Review();
    expect(await ensureBuiltInScale(db)).toBe(true);
    expect((await db.scales.toArray()).map((scale) => scale.key).sort()).toEqual(['ips-25@1', 'ips-25@2']);
    expect(await db.scales.get('ips-25@1')).toEqual(STORED_V1);
  });

  it('an existing review still shows the wording it was rated against; a new review gets version 2', async () => {
    const oldReviewId = await deviceWithVersion1Review();
    await ensureBuiltInScale(db);
    const old = await getReviewScreen(db, oldReviewId);
    expect(old?.scale?.version).toBe(1);
    expect(old?.scale?.items[1]?.texts.en.title).toBe('Employment-only role');
    expect(old?.scale?.items[5]?.texts.fi.title).toBe('Yhteistyö TE- ja työllisyyspalvelujen kanssa');
    // Version 1 had no Swedish: its own Finnish wording is shown, never version 2's translation.
    expect(old?.scale?.items[1]?.texts.sv).toEqual(STORED_V1.items[1]?.texts.fi);

    const serviceId = old?.review.serviceId ?? '';
    const newReviewId = await createReview(db, serviceId, reviewDraft(), NOW);
    const fresh = await getReviewScreen(db, newReviewId);
    expect(fresh?.review.scaleVersion).toBe(2);
    expect(fresh?.scale?.items[1]?.texts.en.title).toBe('Employment services staff');
    expect(fresh?.scale?.items[1]?.texts.sv.title).toBe('Personal som enbart arbetar med arbetsstöd');
  });

  it('shows a version 1 review on a device that never stored version 1 (e.g. an imported review file)', async () => {
    await db.open();
    await db.seeding;
    expect(await db.scales.get('ips-25@1')).toBeUndefined();
    expect((await getScale(db, 'ips-25@1'))?.items[1]?.texts.en.title).toBe('Employment-only role');
    expect(await getScale(db, 'ips-25@3')).toBeNull();
  });
});
