import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { V1_STORES, scratchDatabase, writeOldDatabase } from './frozen-schemas';
import { getReview, listRatings, listRecommendations, listServices } from '../../src/db/queries';
import { BUILT_IN_SCALE } from '../../src/domain/fidelity/built-in-scale';

/*
 * TEMPLATE FOR UPGRADE TESTS (style.md: "Migrations are append-only").
 * A database is written with a frozen copy of a shipped schema (./frozen-schemas.ts), using
 * records shaped as that version stored them, then opened with the current code. A new version's
 * test writes the previous version's data the same way and asserts what the upgrade produced.
 * Never import the schema or record factories from src here: this must stay what v1 wrote.
 */
const AT = '2024-11-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V1_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: 'åäö č đ ŋ' }],
  reviews: [
    {
      id: 'r1',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2024-11-05',
      lastDay: '2024-11-06',
      type: 'external',
      reviewers: ['Arvioija'],
      status: 'final',
      finalisedAt: AT,
    },
  ],
  ratings: [
    { id: 'g1', ...sync, reviewId: 'r1', itemId: 'staffing-1', score: 5, notes: 'n', dataSources: ['MIS'] },
    { id: 'g2', ...sync, reviewId: 'r1', itemId: 'staffing-2', score: 4, notes: '', dataSources: [] },
  ],
  recommendations: [{ id: 'c1', ...sync, reviewId: 'r1', itemId: 'staffing-2', text: 'Suositus', priority: 'high' }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade');

describe('opening a version-1 database with the current code', () => {
  it('keeps every record', async () => {
    await writeOldDatabase(scratch.name, 1, V1_STORES, V1_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await listServices(db)).toEqual(V1_RECORDS.services);
    expect(await getReview(db, 'r1')).toEqual(V1_RECORDS.reviews[0]);
    expect(await listRatings(db, 'r1')).toEqual(V1_RECORDS.ratings);
    expect(await listRecommendations(db, 'r1')).toEqual(V1_RECORDS.recommendations);
    expect(await db.meta.toArray()).toEqual(V1_RECORDS.meta);
    // The open also seeds the built-in scale the old database lacked.
    expect(await db.scales.get(BUILT_IN_SCALE.key)).toEqual(BUILT_IN_SCALE);
  });
});
