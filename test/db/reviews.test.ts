import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ReviewIncompleteError, ReviewIsFinalError } from '../../src/db/errors';
import { getReview, listRatings, listRecommendations, listReviewsOfService, listServiceSummaries } from '../../src/db/queries';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { BUILT_IN_SCALE } from '../../src/domain/fidelity/built-in-scale';
import { setRatingDataSources, setRatingNotes, setRatingScore } from '../../src/db/repos/ratings';
import { addRecommendation, deleteRecommendation, updateRecommendation } from '../../src/db/repos/recommendations';
import { createReview, deleteReview, finaliseReview, reopenReview, updateReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import { LATER, NOW, dropDb, freshDb, reviewDraft, serviceDraft, serviceWithReview } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

async function rateAll(reviewId: string, score = 4): Promise<void> {
  for (const rating of await listRatings(db, reviewId)) await setRatingScore(db, rating.id, score, NOW);
}

describe('creating a review', () => {
  it('creates the review with 25 empty ratings in scale order', async () => {
    const { serviceId, reviewId } = await serviceWithReview(db);
    expect(await db.reviews.get(reviewId)).toMatchObject({
      serviceId,
      status: 'in-progress',
      scaleId: BUILT_IN_SCALE.scaleId,
      scaleVersion: BUILT_IN_SCALE.version,
      finalisedAt: null,
    });
    const ratings = await listRatings(db, reviewId);
    expect(ratings.map((r) => r.itemId)).toEqual(ITEM_IDS);
    expect(ratings.every((r) => r.score === null && r.notes === '' && r.dataSources.length === 0)).toBe(true);
    expect(ratings.every((r) => r.serviceId === serviceId)).toBe(true);
  });

  it('writes nothing when a later record of the transaction fails', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    const first = await createReview(db, serviceId, reviewDraft(), NOW);
    // Ratings' ids follow from the review's id and the item (issue 14 #1). A tombstone already holds
    // the id the second review's last rating will get, so bulkAdd fails after the review was added.
    const taken = (await listRatings(db, first))[0]!;
    await db.ratings.add({ ...taken, id: `second-review:${ITEM_IDS[24]!}`, deletedAt: NOW.toISOString() });
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => 'second-review' as `${string}-${string}-${string}-${string}-${string}`);

    await expect(createReview(db, serviceId, reviewDraft({ firstDay: '2025-09-01' }), NOW)).rejects.toThrow();
    expect(await db.reviews.count()).toBe(1);
    expect(await db.ratings.count()).toBe(26);
  });

  it('refuses an invalid draft and writes nothing', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    await expect(createReview(db, serviceId, reviewDraft({ firstDay: '2025-02-30' }), NOW)).rejects.toThrow(/Invalid reviews record/);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.ratings.count()).toBe(0);
  });

  it('lists a service’s reviews newest first', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    await createReview(db, serviceId, reviewDraft({ firstDay: '2023-05-02', lastDay: '2023-05-02' }), NOW);
    await createReview(db, serviceId, reviewDraft({ firstDay: '2025-01-15', lastDay: '2025-01-16' }), NOW);
    await createReview(db, serviceId, reviewDraft({ firstDay: '2024-06-01', lastDay: '2024-06-01' }), NOW);
    const days = (await listReviewsOfService(db, serviceId)).map((r) => r.firstDay);
    expect(days).toEqual(['2025-01-15', '2024-06-01', '2023-05-02']);
  });
});

describe('editing ratings and recommendations', () => {
  it('updates score, notes and sources with updatedAt', async () => {
    const { reviewId } = await serviceWithReview(db);
    const rating = (await listRatings(db, reviewId))[2]!;
    await setRatingScore(db, rating.id, 5, LATER);
    await setRatingNotes(db, rating.id, 'Haastattelu ja kirjaukset', LATER);
    await setRatingDataSources(db, rating.id, ['INT', 'DOC', 'INT'], LATER);
    expect(await db.ratings.get(rating.id)).toMatchObject({
      score: 5,
      notes: 'Haastattelu ja kirjaukset',
      dataSources: ['INT', 'DOC'],
      updatedAt: LATER.toISOString(),
    });
    await setRatingScore(db, rating.id, null, LATER);
    expect((await db.ratings.get(rating.id))?.score).toBeNull();
  });

  it('refuses a score outside 1..5', async () => {
    const { reviewId } = await serviceWithReview(db);
    const rating = (await listRatings(db, reviewId))[0]!;
    await expect(setRatingScore(db, rating.id, 6, LATER)).rejects.toThrow(/Invalid ratings record/);
    expect((await db.ratings.get(rating.id))?.score).toBeNull();
  });

  it('adds, updates and tombstones recommendations; queries skip tombstones', async () => {
    const { reviewId } = await serviceWithReview(db);
    const a = await addRecommendation(db, reviewId, 'services-2', 'B', 'low', NOW);
    const b = await addRecommendation(db, reviewId, 'staffing-1', 'A', 'medium', NOW);
    expect((await listRecommendations(db, reviewId)).map((r) => r.id)).toEqual([b, a]);
    await updateRecommendation(db, a, { priority: 'high', text: 'B2' }, LATER);
    expect(await db.recommendations.get(a)).toMatchObject({ priority: 'high', text: 'B2', updatedAt: LATER.toISOString() });
    await deleteRecommendation(db, b, LATER);
    expect((await listRecommendations(db, reviewId)).map((r) => r.id)).toEqual([a]);
    expect((await db.recommendations.get(b))?.deletedAt).toBe(LATER.toISOString());
  });
});

describe('finalising', () => {
  it('refuses an incomplete review and lists the unrated items', async () => {
    const { reviewId } = await serviceWithReview(db);
    const ratings = await listRatings(db, reviewId);
    for (const rating of ratings.slice(0, 23)) await setRatingScore(db, rating.id, 3, NOW);
    const error = await finaliseReview(db, reviewId, LATER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewIncompleteError);
    expect((error as ReviewIncompleteError).unratedItemIds).toEqual(['services-13', 'services-14']);
    expect((await db.reviews.get(reviewId))?.status).toBe('in-progress');
  });

  it('finalises a complete review with strict durability', async () => {
    // Dexie binds IDBDatabase#transaction when a connection opens, so spy before anything opens.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { reviewId } = await serviceWithReview(db);
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    expect(spy).toHaveBeenCalledWith(expect.arrayContaining(['ratings', 'reviews']), 'readwrite', { durability: 'strict' });
    expect(await getReview(db, reviewId)).toMatchObject({
      status: 'final',
      finalisedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    // A double tap is harmless.
    await finaliseReview(db, reviewId, new Date('2025-04-01T00:00:00Z'));
    expect((await getReview(db, reviewId))?.finalisedAt).toBe(LATER.toISOString());
  });

  it('uses relaxed durability for ordinary edits', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { reviewId } = await serviceWithReview(db);
    await setRatingScore(db, (await listRatings(db, reviewId))[0]!.id, 2, LATER);
    expect(spy).toHaveBeenCalledWith(expect.arrayContaining(['ratings', 'reviews']), 'readwrite', { durability: 'relaxed' });
    expect(spy).not.toHaveBeenCalledWith(expect.anything(), 'readwrite', { durability: 'strict' });
  });

  it('refuses every edit of a final review, and allows them again after reopening', async () => {
    const { reviewId } = await serviceWithReview(db);
    const recommendationId = await addRecommendation(db, reviewId, 'services-1', 'x', 'high', NOW);
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    const rating = (await listRatings(db, reviewId))[0]!;

    const refused = [
      updateReview(db, reviewId, { reviewers: ['C'] }, LATER),
      setRatingScore(db, rating.id, 1, LATER),
      setRatingNotes(db, rating.id, 'late', LATER),
      setRatingDataSources(db, rating.id, ['OBS'], LATER),
      addRecommendation(db, reviewId, 'services-2', 'y', 'low', LATER),
      updateRecommendation(db, recommendationId, { text: 'z' }, LATER),
      deleteRecommendation(db, recommendationId, LATER),
    ];
    // Settled together: each attempt's rejection is observed, whichever order they fail in.
    for (const result of await Promise.allSettled(refused)) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ReviewIsFinalError);
    }
    expect((await db.ratings.get(rating.id))?.score).toBe(4);
    expect(await db.recommendations.count()).toBe(1);

    await reopenReview(db, reviewId, LATER);
    expect(await getReview(db, reviewId)).toMatchObject({ status: 'in-progress', finalisedAt: null });
    await setRatingScore(db, rating.id, 1, LATER);
    await updateReview(db, reviewId, { reviewers: ['C'] }, LATER);
    expect((await db.ratings.get(rating.id))?.score).toBe(1);
    expect((await db.reviews.get(reviewId))?.reviewers).toEqual(['C']);
  });
});

describe('deleting a review', () => {
  it('tombstones the review, its ratings and recommendations; queries skip them', async () => {
    const { serviceId, reviewId } = await serviceWithReview(db);
    await addRecommendation(db, reviewId, 'services-1', 'x', 'high', NOW);
    await deleteReview(db, reviewId, LATER);
    expect(await getReview(db, reviewId)).toBeNull();
    expect(await listRatings(db, reviewId)).toEqual([]);
    expect(await listRecommendations(db, reviewId)).toEqual([]);
    expect(await listReviewsOfService(db, serviceId)).toEqual([]);
    // Tombstones, not deletions: the marks can travel to other devices.
    expect((await db.ratings.toArray()).every((r) => r.deletedAt === LATER.toISOString())).toBe(true);
    const [summary] = await listServiceSummaries(db);
    expect(summary?.latestReview).toBeNull();
  });
});

describe('service summaries', () => {
  it('shows the latest review’s score', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    await createReview(db, serviceId, reviewDraft({ firstDay: '2023-01-01', lastDay: '2023-01-01' }), NOW);
    const latest = await createReview(db, serviceId, reviewDraft(), NOW);
    const ratings = await listRatings(db, latest);
    for (const rating of ratings.slice(0, 3)) await setRatingScore(db, rating.id, 5, NOW);
    expect(await listServiceSummaries(db)).toEqual([
      expect.objectContaining({
        latestReview: { reviewId: latest, firstDay: '2025-03-10', status: 'in-progress', total: 15, rated: 3, isComplete: false },
      }),
    ]);
  });
});
