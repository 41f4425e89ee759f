import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { listRatings, listServices } from '../../src/db/queries';
import { findReviewEvidence } from '../../src/db/repos/review-evidence';
import { finaliseReview } from '../../src/db/repos/reviews';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { scratchDatabase, V5_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * Version 6 (issue 5) adds each review's evidence record and the remembered suggestions. A database
 * written with the frozen version-5 schema, holding an in-progress review and tracked data, opens
 * with the current code: nothing is lost, and finalising the old review stores its evidence snapshot.
 */
const AT = '2025-01-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V5_RECORDS = {
  services: [{ id: 's1', ...sync, name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' }],
  reviews: [
    {
      id: 'r1',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2025-01-10',
      lastDay: '2025-01-11',
      type: 'external',
      reviewers: ['A'],
      status: 'in-progress',
      finalisedAt: null,
    },
  ],
  ratings: ITEM_IDS.map((itemId, index) => ({ id: `g${index}`, ...sync, reviewId: 'r1', itemId, score: 4, notes: '', dataSources: [] })),
  staff: [{ id: 'st1', ...sync, name: 'Aino Äijälä', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }],
  clients: [
    {
      id: 'k1',
      ...sync,
      code: 'KÄT-001',
      referralDate: '2024-06-02',
      referralSource: 'default:employment-trial',
      startDate: '2024-06-03',
      notes: '',
    },
  ],
  phaseChanges: [{ id: 'p1', ...sync, clientId: 'k1', date: '2024-06-03', kind: 'move', phase: 1, closureReason: null }],
  assignments: [{ id: 'a1', ...sync, clientId: 'k1', staffId: 'st1', date: '2024-06-03' }],
  jobs: [],
  employers: [{ id: 'e1', ...sync, name: 'Kahvila', sector: '', area: '', notes: '', mergedInto: null }],
  employerContacts: [],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v6');

describe('opening a version-5 database with the evidence version', () => {
  it('keeps every record, adds the indexed evidence tables, and snapshots an old review at finalising', async () => {
    await writeOldDatabase(scratch.name, 5, V5_STORES, V5_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await listServices(db)).toEqual(V5_RECORDS.services);
    expect(await listRatings(db, 'r1')).toHaveLength(25);
    expect(await db.employers.toArray()).toEqual(V5_RECORDS.employers);
    for (const table of [db.reviewEvidence, db.ratingSuggestions]) {
      expect(table.schema.idxByName.serviceId, table.name).toBeDefined();
      expect(table.schema.idxByName.reviewId, table.name).toBeDefined();
      expect(await table.count()).toBe(0);
    }
    expect(db.ratingSuggestions.schema.idxByName['[reviewId+itemId]']).toBeDefined();

    await finaliseReview(db, 'r1', new Date('2025-01-12T10:00:00.000Z'));
    const snapshot = (await findReviewEvidence(db, 'r1'))?.snapshot;
    expect(snapshot?.period).toEqual({ from: '2024-01-10', to: '2025-01-09' });
    expect(snapshot?.items['staffing-1']).toMatchObject({ value: 1, basis: 1, suggestedScore: 5 });
  });
});
