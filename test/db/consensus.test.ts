import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ReviewerRuleError } from '../../src/db/consensus-errors';
import { ReviewIsFinalError } from '../../src/db/errors';
import { getReview, listRatings, listServices } from '../../src/db/queries';
import { setRatingScore, setRatingScores } from '../../src/db/repos/ratings';
import { exportReviewFile, importReviewFile } from '../../src/db/repos/review-file';
import {
  revealOtherScores,
  setReviewerFinished,
  setReviewerNotes,
  setReviewerScore,
  startReviewerRating,
} from '../../src/db/repos/reviewer-ratings';
import { deleteReview, finaliseReview } from '../../src/db/repos/reviews';
import { listReviewerRatingRecords, listReviewerRatings, listReviewerStatuses } from '../../src/db/reviewer-ratings';
import { readReviewFileBytes, type ReviewFile } from '../../src/domain/consensus/review-file';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { dropDb, freshDb, LATER, NOW, serviceWithReview } from './helpers';

let tabletA: FidelioDb;
let tabletB: FidelioDb;
beforeEach(() => {
  tabletA = freshDb();
  tabletB = freshDb();
});
afterEach(async () => {
  await dropDb(tabletA);
  await dropDb(tabletB);
});

async function rateAll(
  db: FidelioDb,
  reviewId: string,
  reviewerId: 'reviewer-1' | 'reviewer-2',
  score: (index: number) => number,
  at = NOW,
) {
  await startReviewerRating(db, reviewId, reviewerId, at);
  const mine = (await listReviewerRatingRecords(db, reviewId)).filter((r) => r.reviewerId === reviewerId);
  for (const [index, rating] of mine.entries()) await setReviewerScore(db, rating.id, score(index), at);
}

async function snapshot(db: FidelioDb) {
  const tables = [db.services, db.reviews, db.ratings, db.reviewerRatings, db.reviewerStatuses];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.orderBy('id').toArray()])));
}

describe("a reviewer's own rating", () => {
  it('starts with a status and 25 empty ratings, and starting again changes nothing', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await startReviewerRating(tabletA, reviewId, 'reviewer-2', NOW);
    const before = await snapshot(tabletA);
    await startReviewerRating(tabletA, reviewId, 'reviewer-2', LATER);
    expect(await snapshot(tabletA)).toEqual(before);
    const ratings = await listReviewerRatingRecords(tabletA, reviewId);
    expect(ratings.map((r) => r.itemId)).toEqual(ITEM_IDS);
    expect(ratings.every((r) => r.reviewerName === 'B' && r.score === null && r.serviceId === before.services[0].id)).toBe(true);
    expect(await listReviewerStatuses(tabletA, reviewId)).toEqual([
      expect.objectContaining({ reviewerId: 'reviewer-2', finishedAt: null, revealedAt: null }),
    ]);
  });

  it('refuses a reviewer the review does not have', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await tabletA.reviews.update(reviewId, { reviewers: ['A'] });
    await expect(startReviewerRating(tabletA, reviewId, 'reviewer-2', NOW)).rejects.toBeInstanceOf(ReviewerRuleError);
    expect(await tabletA.reviewerStatuses.count()).toBe(0);
  });

  it('is locked once marked finished, and again editable when continued', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await startReviewerRating(tabletA, reviewId, 'reviewer-1', NOW);
    const [first] = await listReviewerRatingRecords(tabletA, reviewId);
    await setReviewerFinished(tabletA, reviewId, 'reviewer-1', true, NOW);
    await expect(setReviewerScore(tabletA, first!.id, 4, LATER)).rejects.toBeInstanceOf(ReviewerRuleError);
    await setReviewerFinished(tabletA, reviewId, 'reviewer-1', false, LATER);
    await setReviewerScore(tabletA, first!.id, 4, LATER);
    await setReviewerNotes(tabletA, first!.id, 'Haastattelu', LATER);
    expect(await tabletA.reviewerRatings.get(first!.id)).toEqual(
      expect.objectContaining({ score: 4, notes: 'Haastattelu', updatedAt: LATER.toISOString() }),
    );
  });

  it('cannot change after the review is finalised', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await startReviewerRating(tabletA, reviewId, 'reviewer-1', NOW);
    for (const r of await listRatings(tabletA, reviewId)) await setRatingScore(tabletA, r.id, 3, NOW);
    await finaliseReview(tabletA, reviewId, NOW);
    const [first] = await listReviewerRatingRecords(tabletA, reviewId);
    await expect(setReviewerScore(tabletA, first!.id, 4, LATER)).rejects.toBeInstanceOf(ReviewIsFinalError);
    await expect(revealOtherScores(tabletA, reviewId, 'reviewer-1', LATER)).rejects.toBeInstanceOf(ReviewIsFinalError);
  });

  it('goes with its review when the review is deleted', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await startReviewerRating(tabletA, reviewId, 'reviewer-1', NOW);
    await deleteReview(tabletA, reviewId, LATER);
    expect(await listReviewerRatings(tabletA, reviewId)).toEqual([]);
    expect(await listReviewerStatuses(tabletA, reviewId)).toEqual([]);
    expect(await tabletA.reviewerRatings.count()).toBe(25);
  });
});

describe('listReviewerRatings (for the report and CSV)', () => {
  it('gives live records in item order, then reviewer order, with name, score and notes only', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    await rateAll(tabletA, reviewId, 'reviewer-2', () => 2);
    await rateAll(tabletA, reviewId, 'reviewer-1', () => 5);
    const rows = await listReviewerRatings(tabletA, reviewId);
    expect(rows).toHaveLength(50);
    expect(rows.slice(0, 3)).toEqual([
      { reviewerName: 'A', itemId: 'staffing-1', score: 5, notes: '' },
      { reviewerName: 'B', itemId: 'staffing-1', score: 2, notes: '' },
      { reviewerName: 'A', itemId: 'staffing-2', score: 5, notes: '' },
    ]);
  });
});

describe('the review file between two tablets', () => {
  async function fileFromA(): Promise<{ reviewId: string; file: ReviewFile }> {
    const { reviewId } = await serviceWithReview(tabletA);
    await rateAll(tabletA, reviewId, 'reviewer-1', (i) => (i < 3 ? 2 : 4));
    await setReviewerFinished(tabletA, reviewId, 'reviewer-1', true, NOW);
    const file = await exportReviewFile(tabletA, reviewId, 'reviewer-1', LATER);
    // Through bytes, as a real file travels.
    const read = readReviewFileBytes(new TextEncoder().encode(JSON.stringify(file)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    return { reviewId, file: read.file };
  }

  it('creates the service and review on a tablet that has neither, with 25 consensus ratings', async () => {
    const { reviewId, file } = await fileFromA();
    const result = await importReviewFile(tabletB, file, LATER);
    expect(result).toEqual(
      expect.objectContaining({
        ok: true,
        reviewId,
        createdService: true,
        createdReview: true,
        counts: { added: 25, updated: 0, unchanged: 0 },
      }),
    );
    expect((await listServices(tabletB)).map((s) => s.name)).toEqual(['Työvalmennus Testi']);
    expect(await getReview(tabletB, reviewId)).toEqual(await getReview(tabletA, reviewId));
    expect((await listRatings(tabletB, reviewId)).map((r) => r.score)).toEqual(Array(25).fill(null));
    expect(await listReviewerRatings(tabletB, reviewId)).toEqual(await listReviewerRatings(tabletA, reviewId));
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { file } = await fileFromA();
    await importReviewFile(tabletB, file, LATER);
    const before = await snapshot(tabletB);
    const again = await importReviewFile(tabletB, file, new Date('2025-04-01T00:00:00.000Z'));
    expect(again).toEqual(expect.objectContaining({ ok: true, createdReview: false, counts: { added: 0, updated: 0, unchanged: 25 } }));
    expect(await snapshot(tabletB)).toEqual(before);
  });

  it('brings both reviewers together for the consensus, whose scores make the total', async () => {
    const { reviewId, file } = await fileFromA();
    await importReviewFile(tabletB, file, LATER);
    await rateAll(tabletB, reviewId, 'reviewer-2', () => 4, LATER);
    await setReviewerFinished(tabletB, reviewId, 'reviewer-2', true, LATER);
    const back = await exportReviewFile(tabletB, reviewId, 'reviewer-2', LATER);
    expect(await importReviewFile(tabletA, back, LATER)).toEqual(
      expect.objectContaining({ ok: true, createdReview: false, counts: { added: 25, updated: 0, unchanged: 0 } }),
    );
    const statuses = await listReviewerStatuses(tabletA, reviewId);
    expect(statuses.map((s) => [s.reviewerId, s.finishedAt !== null])).toEqual([
      ['reviewer-1', true],
      ['reviewer-2', true],
    ]);
    expect(await listReviewerRatings(tabletA, reviewId)).toEqual(await listReviewerRatings(tabletB, reviewId));
  });

  it('takes a newer rating of the same reviewer and keeps a newer one already here', async () => {
    const { reviewId, file } = await fileFromA();
    await importReviewFile(tabletB, file, LATER);
    const edited = structuredClone(file);
    edited.ratings[0] = { ...edited.ratings[0]!, score: 5, updatedAt: '2025-03-12T00:00:00.000Z' };
    edited.ratings[1] = { ...edited.ratings[1]!, score: 1, updatedAt: '2025-03-01T00:00:00.000Z' };
    // Issue 14 #6: a changed score is shown and confirmed, never taken silently.
    expect(await importReviewFile(tabletB, edited, LATER)).toEqual({ ok: false, problems: [{ code: 'unconfirmed-changes', count: 1 }] });
    const result = await importReviewFile(tabletB, edited, LATER, { acceptChanges: true });
    expect(result).toEqual(expect.objectContaining({ ok: true, counts: { added: 0, updated: 1, unchanged: 24 } }));
    const scores = (await listReviewerRatings(tabletB, reviewId)).map((r) => r.score);
    expect(scores.slice(0, 2)).toEqual([5, 2]);
  });

  it('writes nothing into a review that is final on this device, or was deleted here', async () => {
    const { reviewId, file } = await fileFromA();
    for (const r of await listRatings(tabletA, reviewId)) await setRatingScore(tabletA, r.id, 3, NOW);
    await finaliseReview(tabletA, reviewId, NOW);
    const fromB = structuredClone(file);
    fromB.reviewer = { ...fromB.reviewer, id: 'status-b', reviewerId: 'reviewer-2', reviewerName: 'B' };
    fromB.ratings = fromB.ratings.map((r, i) => ({ ...r, id: `b-${i}`, reviewerId: 'reviewer-2', reviewerName: 'B' }));
    const before = await snapshot(tabletA);
    expect(await importReviewFile(tabletA, fromB, LATER)).toEqual({ ok: false, problems: [{ code: 'review-final' }] });
    // Its own file again changes nothing, so it is not an error even on a final review.
    expect(await importReviewFile(tabletA, file, LATER)).toEqual(expect.objectContaining({ ok: true }));
    expect(await snapshot(tabletA)).toEqual(before);
    await deleteReview(tabletA, reviewId, LATER);
    expect(await importReviewFile(tabletA, fromB, LATER)).toEqual({ ok: false, problems: [{ code: 'review-deleted' }] });
  });

  it('refuses a review on a scale version this app does not know, writing nothing', async () => {
    const { file } = await fileFromA();
    const unknown = { ...file, review: { ...file.review, scaleVersion: 9 } };
    expect(await importReviewFile(tabletB, unknown, LATER)).toEqual({ ok: false, problems: [{ code: 'unknown-scale' }] });
    expect(await tabletB.reviews.count()).toBe(0);
    expect(await tabletB.services.count()).toBe(0);
  });

  it('imports the version-1 fixture, as every released version must keep importing', async () => {
    const read = readReviewFileBytes(new Uint8Array(readFileSync(path.resolve('test/fixtures/review-files/fidelio-review-file-v1.json'))));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const result = await importReviewFile(tabletB, read.file, LATER);
    expect(result).toEqual(expect.objectContaining({ ok: true, createdService: true, reviewerName: 'Bertta Arvioija' }));
    const rows = await listReviewerRatings(tabletB, read.file.review.id);
    expect(rows.map((r) => r.score)).toEqual(ITEM_IDS.map((_, i) => (i % 5) + 1));
  });
});

describe("the consensus's shared scores", () => {
  it('are written all at once, or not at all when one of them cannot be', async () => {
    const { reviewId } = await serviceWithReview(tabletA);
    const ratings = await listRatings(tabletA, reviewId);
    const shared = ratings.slice(0, 23).map((r) => ({ ratingId: r.id, score: 3 }));

    // The last one names a rating that is not there: nothing of the 23 is written.
    await expect(setRatingScores(tabletA, [...shared.slice(0, 22), { ratingId: 'gone', score: 3 }], LATER)).rejects.toThrow();
    expect((await listRatings(tabletA, reviewId)).filter((r) => r.score !== null)).toEqual([]);
    // A score out of range anywhere: nothing either.
    await expect(setRatingScores(tabletA, [...shared.slice(0, 22), { ratingId: ratings[22]!.id, score: 6 }], LATER)).rejects.toThrow();
    expect((await listRatings(tabletA, reviewId)).filter((r) => r.score !== null)).toEqual([]);

    await setRatingScores(tabletA, shared, LATER);
    const after = await listRatings(tabletA, reviewId);
    expect(after.filter((r) => r.score === 3)).toHaveLength(23);
    expect(after.slice(23).map((r) => r.score)).toEqual([null, null]);

    await setRatingScores(
      tabletA,
      ratings.slice(23).map((r) => ({ ratingId: r.id, score: 4 })),
      LATER,
    );
    await finaliseReview(tabletA, reviewId, LATER);
    await expect(setRatingScores(tabletA, [{ ratingId: ratings[0]!.id, score: 5 }], LATER)).rejects.toBeInstanceOf(ReviewIsFinalError);
    expect((await listRatings(tabletA, reviewId))[0]!.score).toBe(3);
  });
});
