import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { V1_STORES, scratchDatabase, writeOldDatabase } from './frozen-schemas';
import { listFollowUps } from '../../src/db/follow-up-queries';
import { getReview, listRatings, listRecommendations, listServices } from '../../src/db/queries';
import { recordFollowUp } from '../../src/db/repos/follow-ups';

/*
 * Version 3 adds recommendationFollowUps. A database written with the frozen version-1 schema and
 * version-1 records (copied, never imported from src) opens with the current code, keeps every
 * record, and takes follow-ups in the new table.
 */
const AT = '2024-11-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const review = (id: string, firstDay: string, status: string) => ({
  id,
  ...sync,
  scaleId: 'ips-25',
  scaleVersion: 1,
  firstDay,
  lastDay: firstDay,
  type: 'external',
  reviewers: ['Arvioija'],
  status,
  finalisedAt: status === 'final' ? AT : null,
});
const V1_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' }],
  reviews: [review('r1', '2024-11-05', 'final'), review('r2', '2025-05-05', 'in-progress')],
  ratings: [
    { id: 'g1', ...sync, reviewId: 'r1', itemId: 'staffing-1', score: 5, notes: 'n', dataSources: ['MIS'] },
    { id: 'g2', ...sync, reviewId: 'r2', itemId: 'staffing-1', score: null, notes: '', dataSources: [] },
  ],
  recommendations: [{ id: 'c1', ...sync, reviewId: 'r1', itemId: 'staffing-2', text: 'Suositus', priority: 'high' }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-follow-up-upgrade');

describe('opening a version-1 database with version 3', () => {
  it('keeps every record and adds an empty follow-up table that takes records', async () => {
    await writeOldDatabase(scratch.name, 1, V1_STORES, V1_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await listServices(db)).toEqual(V1_RECORDS.services);
    expect(await getReview(db, 'r1')).toEqual(V1_RECORDS.reviews[0]);
    expect(await getReview(db, 'r2')).toEqual(V1_RECORDS.reviews[1]);
    expect(await listRatings(db, 'r1')).toEqual([V1_RECORDS.ratings[0]]);
    expect(await listRecommendations(db, 'r1')).toEqual(V1_RECORDS.recommendations);
    expect(await db.meta.get('hasData')).toEqual(V1_RECORDS.meta[0]);
    expect(await db.recommendationFollowUps.count()).toBe(0);

    await recordFollowUp(db, 'r2', 'c1', { status: 'partly', note: 'Aloitettu' }, new Date('2025-05-05T10:00:00.000Z'));
    expect(await listFollowUps(db, 'r2')).toMatchObject([{ serviceId: 's1', recommendationId: 'c1', status: 'partly', note: 'Aloitettu' }]);
  });
});
