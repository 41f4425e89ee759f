import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { V1_STORES, scratchDatabase, writeOldDatabase } from './frozen-schemas';
import { getReview, listRatings, listRecommendations, listServices } from '../../src/db/queries';
import { startReviewerRating } from '../../src/db/repos/reviewer-ratings';
import { listReviewerRatings, listReviewerStatuses } from '../../src/db/reviewer-ratings';

/*
 * Version 4 (issue 7) adds each reviewer's own ratings and statuses. A database written with the
 * frozen version-1 schema and records opens with the current code: nothing is lost, and a
 * two-reviewer review from before can be rated independently. Copied, not imported: version 1
 * must stay what it wrote.
 */
const AT = '2024-11-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V1_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: 'åäö' }],
  reviews: [
    {
      id: 'r1',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2024-11-05',
      lastDay: '2024-11-06',
      type: 'external',
      reviewers: ['Aino', 'Bertta'],
      status: 'in-progress',
      finalisedAt: null,
    },
  ],
  ratings: [{ id: 'g1', ...sync, reviewId: 'r1', itemId: 'staffing-1', score: 5, notes: 'n', dataSources: ['MIS'] }],
  recommendations: [{ id: 'c1', ...sync, reviewId: 'r1', itemId: 'staffing-1', text: 'Suositus', priority: 'high' }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v4');

describe('opening a version-1 database with the independent-ratings version', () => {
  it('keeps every record and adds working reviewer tables indexed by service', async () => {
    await writeOldDatabase(scratch.name, 1, V1_STORES, V1_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await listServices(db)).toEqual(V1_RECORDS.services);
    expect(await getReview(db, 'r1')).toEqual(V1_RECORDS.reviews[0]);
    expect(await listRatings(db, 'r1')).toEqual(V1_RECORDS.ratings);
    expect(await listRecommendations(db, 'r1')).toEqual(V1_RECORDS.recommendations);
    expect(await db.meta.toArray()).toEqual(V1_RECORDS.meta);
    for (const table of [db.reviewerRatings, db.reviewerStatuses]) {
      expect(table.schema.idxByName.serviceId, table.name).toBeDefined();
      expect(table.schema.idxByName['[reviewId+reviewerId]'], table.name).toBeDefined();
      expect(await table.count()).toBe(0);
    }
    expect(db.reviewerRatings.schema.idxByName['[reviewId+itemId]']).toBeDefined();

    await startReviewerRating(db, 'r1', 'reviewer-2', new Date('2025-01-01T00:00:00.000Z'));
    expect(await listReviewerStatuses(db, 'r1')).toEqual([expect.objectContaining({ reviewerName: 'Bertta', serviceId: 's1' })]);
    expect(await listReviewerRatings(db, 'r1')).toHaveLength(25);
  });
});
