import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { listRatings, listServiceSummaries, ratingsByItem } from '../../src/db/queries';
import { acknowledgeRepair, DUPLICATE_REPAIR_KEY, getUnseenRepair } from '../../src/db/repair-notice';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { totalScore } from '../../src/domain/fidelity/scoring';
import { scratchDatabase, V6_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * Version 7 (issue 14 #1) repairs what merging a second tablet's backup left: the final review r1
 * holds its 25 rated consensus ratings (g*) and 25 unrated copies with other ids (b*) from the
 * other tablet, plus two statuses of reviewer 1. Item staffing-1's copy was rated later (5), so it
 * is the one kept for that item; for the other items the rated one is kept.
 */
const AT = '2025-01-05T10:00:00.000Z';
const LATER_AT = '2025-01-06T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const mine = ITEM_IDS.map((itemId, index) => ({ id: `g${index}`, ...sync, reviewId: 'r1', itemId, score: 4, notes: '', dataSources: [] }));
const copies = ITEM_IDS.map((itemId, index) => ({
  id: `b${index}`,
  ...sync,
  updatedAt: LATER_AT,
  reviewId: 'r1',
  itemId,
  score: index === 0 ? 5 : null,
  notes: index === 1 ? 'toisen tabletin muistiinpano' : '',
  dataSources: [],
}));
const status = { ...sync, reviewId: 'r1', reviewerId: 'reviewer-1', reviewerName: 'A', finishedAt: null, revealedAt: null };
const V6_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Kätevä', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' }],
  reviews: [
    {
      id: 'r1',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2025-01-02',
      lastDay: '2025-01-03',
      type: 'external',
      reviewers: ['A'],
      status: 'final',
      finalisedAt: AT,
    },
    {
      id: 'r2',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2024-01-02',
      lastDay: '2024-01-03',
      type: 'external',
      reviewers: ['A'],
      status: 'final',
      finalisedAt: AT,
    },
  ],
  ratings: [
    ...mine,
    ...copies,
    ...ITEM_IDS.map((itemId, index) => ({ id: `o${index}`, ...sync, reviewId: 'r2', itemId, score: 3, notes: '', dataSources: [] })),
  ],
  reviewerStatuses: [
    { id: 'st-a', ...status },
    { id: 'st-b', ...status, updatedAt: LATER_AT, finishedAt: LATER_AT },
  ],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v7');

describe('opening a version-6 database with duplicate consensus ratings (issue 14 #1)', () => {
  it('issue 14 #1: keeps one rating per review and item, keeps what was removed, and tells the user once which review was affected', async () => {
    await writeOldDatabase(scratch.name, 6, V6_STORES, V6_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);

    const ratings = await listRatings(db, 'r1');
    expect(ratings).toHaveLength(25);
    expect(new Set(ratings.map((r) => r.itemId)).size).toBe(25);
    // The rated copy with the newest updatedAt wins an item; a rated one always beats an unrated one.
    expect(ratings.find((r) => r.itemId === ITEM_IDS[0])?.id).toBe('b0');
    expect(ratings.filter((r) => r.id !== 'b0').every((r) => r.id.startsWith('g') && r.score === 4)).toBe(true);
    expect(totalScore(ratingsByItem(ratings))).toEqual({ total: 101, rated: 25, isComplete: true });
    // The other review had nothing to repair.
    expect(await listRatings(db, 'r2')).toHaveLength(25);
    const summary = (await listServiceSummaries(db))[0]!;
    expect(summary.latestReview).toMatchObject({ reviewId: 'r1', status: 'final', total: 101, isComplete: true });
    // One status for reviewer 1: the finished one (newest).
    expect((await db.reviewerStatuses.toArray()).map((s) => s.id)).toEqual(['st-b']);

    const notice = await getUnseenRepair(db);
    expect(notice?.reviews).toEqual([{ reviewId: 'r1', serviceId: 's1', removed: { ratings: 25, reviewerStatuses: 1 } }]);
    // Nothing is lost: the records taken away, the other tablet's note among them, stay in the notice record.
    expect(notice?.removed.ratings).toHaveLength(25);
    expect(notice?.removed.ratings?.some((r) => r.notes === 'toisen tabletin muistiinpano')).toBe(true);

    await acknowledgeRepair(db, new Date(LATER_AT));
    expect(await getUnseenRepair(db)).toBeNull();
    expect(await db.meta.get(DUPLICATE_REPAIR_KEY)).toBeDefined();
  });

  it('writes no notice when there was nothing to repair', async () => {
    await writeOldDatabase(scratch.name, 6, V6_STORES, { ...V6_RECORDS, ratings: mine, reviewerStatuses: [] });
    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(await listRatings(db, 'r1')).toHaveLength(25);
    expect(await db.meta.toArray()).toEqual(V6_RECORDS.meta);
  });
});
