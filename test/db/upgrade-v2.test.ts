import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { V1_STORES, scratchDatabase, writeOldDatabase } from './frozen-schemas';
import { loadServiceCaseload } from '../../src/db/caseload-queries';
import { getReview, listRatings, listRecommendations, listServices } from '../../src/db/queries';
import { createClient } from '../../src/db/repos/caseload-clients';
import { createStaff } from '../../src/db/repos/caseload-staff';

/*
 * Version 2 (issue 3) adds the caseload tables. A database written with the frozen version-1
 * schema and records opens with the current code: nothing is lost, and the new tables work.
 * The schema and records below are copied, not imported: they must stay what version 1 wrote.
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
      reviewers: ['Arvioija'],
      status: 'final',
      finalisedAt: AT,
    },
  ],
  ratings: [{ id: 'g1', ...sync, reviewId: 'r1', itemId: 'staffing-1', score: 5, notes: 'n', dataSources: ['MIS'] }],
  recommendations: [{ id: 'c1', ...sync, reviewId: 'r1', itemId: 'staffing-1', text: 'Suositus', priority: 'high' }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v2');

describe('opening a version-1 database with the caseload version', () => {
  it('keeps every record and adds working caseload tables', async () => {
    await writeOldDatabase(scratch.name, 1, V1_STORES, V1_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await listServices(db)).toEqual(V1_RECORDS.services);
    expect(await getReview(db, 'r1')).toEqual(V1_RECORDS.reviews[0]);
    expect(await listRatings(db, 'r1')).toEqual(V1_RECORDS.ratings);
    expect(await listRecommendations(db, 'r1')).toEqual(V1_RECORDS.recommendations);
    expect(await db.meta.toArray()).toEqual(V1_RECORDS.meta);
    for (const table of [db.staff, db.clients, db.phaseChanges, db.assignments, db.jobs, db.referralSources]) {
      expect(table.schema.idxByName.serviceId, table.name).toBeDefined();
      expect(await table.count()).toBe(0);
    }

    const now = new Date('2025-01-01T00:00:00.000Z');
    const staffId = await createStaff(db, 's1', { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }, now);
    const draft = { code: 'ÄÄ-1', referralDate: '2024-12-01', referralSource: 'default:typ', notes: '' };
    await createClient(db, 's1', { draft, start: { date: '2024-12-02', phase: 1 }, specialistId: staffId }, now);
    const { rows } = await loadServiceCaseload(db, 's1');
    expect(rows.map((r) => [r.code, r.specialistId, r.state.phase])).toEqual([['ÄÄ-1', staffId, 1]]);
  });
});
