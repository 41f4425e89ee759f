import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ReviewerRuleError } from '../../src/db/consensus-errors';
import { listServices } from '../../src/db/queries';
import { importReviewFile, previewReviewFileImport, exportReviewFile } from '../../src/db/repos/review-file';
import { setReviewerFinished, setReviewerScore, startReviewerRating } from '../../src/db/repos/reviewer-ratings';
import { createReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import { listReviewerRatingRecords, listReviewerStatuses } from '../../src/db/reviewer-ratings';
import type { ReviewFile } from '../../src/domain/consensus/review-file';
import { dropDb, freshDb, LATER, NOW, reviewDraft, serviceDraft, serviceWithReview } from './helpers';

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

async function rateAll(db: FidelioDb, reviewId: string, reviewerId: 'reviewer-1' | 'reviewer-2', score: number, finish = true) {
  await startReviewerRating(db, reviewId, reviewerId, NOW);
  for (const r of (await listReviewerRatingRecords(db, reviewId)).filter((x) => x.reviewerId === reviewerId))
    await setReviewerScore(db, r.id, score, NOW);
  if (finish) await setReviewerFinished(db, reviewId, reviewerId, true, NOW);
}

async function snapshot(db: FidelioDb) {
  const tables = [db.services, db.reviews, db.ratings, db.reviewerRatings, db.reviewerStatuses];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.orderBy('id').toArray()])));
}

async function reviewerOneFile(): Promise<{ reviewId: string; file: ReviewFile }> {
  const { reviewId } = await serviceWithReview(tabletA);
  await rateAll(tabletA, reviewId, 'reviewer-1', 3);
  return { reviewId, file: await exportReviewFile(tabletA, reviewId, 'reviewer-1', LATER) };
}

describe('issue 14 #6: a review file cannot take over records of another review', () => {
  it("issue 14 #6: refuses a file whose rating ids are another review's ratings on this device, changing nothing", async () => {
    // Tablet B has its own review, rated by reviewer 1 at 2.
    const { reviewId: victimId } = await serviceWithReview(tabletB);
    await rateAll(tabletB, victimId, 'reviewer-1', 2, false);
    const victim = (await listReviewerRatingRecords(tabletB, victimId)).filter((r) => r.reviewerId === 'reviewer-1');
    // A crafted file of another review reuses those ids with later edits and score 5.
    const { file } = await reviewerOneFile();
    const crafted = structuredClone(file);
    crafted.ratings = crafted.ratings.map((r, i) => ({ ...r, id: victim[i]!.id, score: 5, updatedAt: '2030-01-01T00:00:00.000Z' }));
    const before = await snapshot(tabletB);
    const result = await importReviewFile(tabletB, crafted, LATER, { acceptChanges: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(25);
    expect(result.problems[0]).toEqual({ code: 'foreign-record', part: 'ratings', index: 0, field: 'serviceId' });
    expect(await snapshot(tabletB)).toEqual(before);
    expect((await previewReviewFileImport(tabletB, crafted)).ok).toBe(false);
  });

  it("issue 14 #6: refuses ids of the same review's other reviewer, or another item, and a status id of another reviewer", async () => {
    const { reviewId, file } = await reviewerOneFile();
    expect((await importReviewFile(tabletB, file, LATER)).ok).toBe(true);
    await rateAll(tabletB, reviewId, 'reviewer-2', 4, false);
    const mine = (await listReviewerRatingRecords(tabletB, reviewId)).filter((r) => r.reviewerId === 'reviewer-2');
    const [myStatus] = (await listReviewerStatuses(tabletB, reviewId)).filter((s) => s.reviewerId === 'reviewer-2');
    const crafted = structuredClone(file);
    crafted.ratings[0] = { ...crafted.ratings[0]!, id: mine[0]!.id, score: 1, updatedAt: '2030-01-01T00:00:00.000Z' };
    crafted.ratings[1] = { ...crafted.ratings[1]!, id: crafted.ratings[2]!.id };
    crafted.ratings[2] = { ...crafted.ratings[2]!, id: file.ratings[1]!.id };
    crafted.reviewer = { ...crafted.reviewer, id: myStatus!.id };
    const before = await snapshot(tabletB);
    expect(await importReviewFile(tabletB, crafted, LATER, { acceptChanges: true })).toEqual({
      ok: false,
      problems: [
        { code: 'foreign-record', part: 'reviewer', index: null, field: 'reviewerId' },
        { code: 'foreign-record', part: 'ratings', index: 0, field: 'reviewerId' },
        { code: 'foreign-record', part: 'ratings', index: 1, field: 'itemId' },
        { code: 'foreign-record', part: 'ratings', index: 2, field: 'itemId' },
      ],
    });
    expect(await snapshot(tabletB)).toEqual(before);
  });
});

describe('issue 14 #6: edited scores in a file are shown and confirmed', () => {
  it('issue 14 #6: a re-imported file with changed scores lists "item: from → to" and writes only when accepted', async () => {
    const { reviewId, file } = await reviewerOneFile();
    await importReviewFile(tabletB, file, LATER);
    const edited = structuredClone(file);
    edited.ratings[4] = { ...edited.ratings[4]!, score: 5, updatedAt: '2025-03-12T00:00:00.000Z' };
    edited.ratings[6] = { ...edited.ratings[6]!, notes: 'Muutettu', updatedAt: '2025-03-12T00:00:00.000Z' };
    const preview = await previewReviewFileImport(tabletB, edited);
    expect(preview).toEqual(
      expect.objectContaining({
        ok: true,
        changes: [
          { itemId: file.ratings[4]!.itemId, from: 3, to: 5, notesChanged: false },
          { itemId: file.ratings[6]!.itemId, from: 3, to: 3, notesChanged: true },
        ],
      }),
    );
    const before = await snapshot(tabletB);
    expect(await importReviewFile(tabletB, edited, LATER)).toEqual({ ok: false, problems: [{ code: 'unconfirmed-changes', count: 2 }] });
    expect(await snapshot(tabletB)).toEqual(before);
    expect(await importReviewFile(tabletB, edited, LATER, { acceptChanges: true })).toEqual(
      expect.objectContaining({ ok: true, counts: { added: 0, updated: 2, unchanged: 23 } }),
    );
    expect((await listReviewerRatingRecords(tabletB, reviewId)).find((r) => r.id === file.ratings[4]!.id)?.score).toBe(5);
  });

  it("issue 14 #6: the imported reviewer's ratings are read-only here, and the preview hides their scores while this tablet's reviewer rates", async () => {
    const { reviewId, file } = await reviewerOneFile();
    await importReviewFile(tabletB, file, LATER);
    const [theirs] = (await listReviewerRatingRecords(tabletB, reviewId)).filter((r) => r.reviewerId === 'reviewer-1');
    await expect(setReviewerScore(tabletB, theirs!.id, 1, LATER)).rejects.toBeInstanceOf(ReviewerRuleError);
    await expect(setReviewerFinished(tabletB, reviewId, 'reviewer-1', false, LATER)).rejects.toBeInstanceOf(ReviewerRuleError);
    await expect(startReviewerRating(tabletB, reviewId, 'reviewer-1', LATER)).rejects.toBeInstanceOf(ReviewerRuleError);
    // This tablet's own reviewer still rates, and the other's scores stay blind until they finish.
    await rateAll(tabletB, reviewId, 'reviewer-2', 4, false);
    const edited = { ...file, ratings: file.ratings.map((r) => ({ ...r, score: 1, updatedAt: '2025-03-12T00:00:00.000Z' })) };
    expect(await previewReviewFileImport(tabletB, edited)).toEqual(expect.objectContaining({ ok: true, isBlind: true }));
    await setReviewerFinished(tabletB, reviewId, 'reviewer-2', true, LATER);
    expect(await previewReviewFileImport(tabletB, edited)).toEqual(expect.objectContaining({ ok: true, isBlind: false }));
    // Its own file back on tablet A is not "another tablet's": A's reviewer 1 stays editable there.
    expect((await importReviewFile(tabletA, file, LATER)).ok).toBe(true);
    await setReviewerFinished(tabletA, reviewId, 'reviewer-1', false, LATER);
  });
});

describe('issue 14 #6: a file of a visit this device knows under another service', () => {
  async function visitOnB(name: string, organisation: string, days = { firstDay: '2025-03-11', lastDay: '2025-03-12' }) {
    const serviceId = await createService(tabletB, serviceDraft({ name, organisation }), NOW);
    return createReview(tabletB, serviceId, reviewDraft({ ...days, reviewers: ['b', 'a'] }), NOW);
  }

  it('issue 14 #6: offers the same visit (name and organisation compared loosely, overlapping days) and attaches the file there', async () => {
    const { file } = await reviewerOneFile();
    const otherReview = await visitOnB('Työvalmennus Testi', 'Muu kunta');
    const sameReview = await visitOnB('  TYÖVALMENNUS\u00a0 te\u200bsti ', 'testikunta'.normalize('NFD'));
    await visitOnB('Työvalmennus Testi', 'Testikunta', { firstDay: '2025-04-01', lastDay: '2025-04-02' });
    const preview = await previewReviewFileImport(tabletB, file);
    expect(preview).toEqual(
      expect.objectContaining({ ok: true, createsService: true, sameVisit: [expect.objectContaining({ reviewId: sameReview })] }),
    );
    expect(otherReview).not.toBe(sameReview);
    // Not answered: nothing is created.
    const before = await snapshot(tabletB);
    expect(await importReviewFile(tabletB, file, LATER)).toEqual({ ok: false, problems: [{ code: 'choose-visit' }] });
    expect(await snapshot(tabletB)).toEqual(before);

    const target = { kind: 'same-visit', reviewId: sameReview } as const;
    expect(await previewReviewFileImport(tabletB, file, target)).toEqual(
      expect.objectContaining({ ok: true, createsService: false, createsReview: false }),
    );
    const result = await importReviewFile(tabletB, file, LATER, { target });
    expect(result).toEqual(expect.objectContaining({ ok: true, reviewId: sameReview, createdService: false, createdReview: false }));
    expect((await listServices(tabletB)).length).toBe(3);
    // Reviewer "A" is the second reviewer of this device's review: matched by name, not position.
    const attached = await listReviewerRatingRecords(tabletB, sameReview);
    expect(attached.map((r) => [r.reviewerId, r.reviewerName, r.score])).toEqual(Array(25).fill(['reviewer-2', 'a', 3]));
    expect(await importReviewFile(tabletB, file, LATER, { target })).toEqual(
      expect.objectContaining({ ok: true, counts: { added: 0, updated: 0, unchanged: 25 } }),
    );
  });

  it('issue 14 #6: "a new service" stays possible, and a visit without the reviewer is refused', async () => {
    const { file } = await reviewerOneFile();
    const sameReview = await visitOnB('Työvalmennus Testi', 'Testikunta');
    await tabletB.reviews.update(sameReview, { reviewers: ['Someone else'] });
    expect(await importReviewFile(tabletB, file, LATER, { target: { kind: 'same-visit', reviewId: sameReview } })).toEqual({
      ok: false,
      problems: [{ code: 'visit-reviewer-missing', name: 'A' }],
    });
    expect(await importReviewFile(tabletB, file, LATER, { target: { kind: 'as-in-file' } })).toEqual(
      expect.objectContaining({ ok: true, createdService: true }),
    );
    expect((await listServices(tabletB)).length).toBe(2);
  });
});
