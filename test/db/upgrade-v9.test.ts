import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/app-db';
import { loadEvidenceInput } from '../../src/db/evidence-queries';
import { addStaffAbsence } from '../../src/db/repos/caseload-absences';
import { findReviewEvidence } from '../../src/db/repos/review-evidence';
import { BACKUP_TABLES } from '../../src/domain/transfer/backup-tables';
import { scratchDatabase, V6_STORES, writeOldDatabase } from './frozen-schemas';

/*
 * Version 9 (issue 16, evidence rules version 2) adds one table, staffAbsences. A database written
 * with the frozen version-8 schema, holding staff, jobs and referral sources exactly as the app
 * stores them today, opens with the current code: every record is unchanged and still valid (the
 * new fields are optional), a job keeps the competitive flag it was saved with, a finalised
 * review's evidence snapshot from rules version 1 keeps its figures, and absences can be recorded.
 */
const V8_STORES = { ...V6_STORES, syncOutbox: 'key', syncRevs: 'key', syncState: 'key' };

const AT = '2025-01-05T10:00:00.000Z';
const sync = { serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null };
const V1_SNAPSHOT = {
  computedAt: '2025-03-12T09:00:00.000Z',
  period: { from: '2024-03-10', to: '2025-03-09' },
  items: { 'services-10': { value: 100, basis: 6, suggestedScore: 5, thin: [] } },
};
const V8_RECORDS = {
  services: [
    { id: 's1', ...sync, serviceId: 's1', name: 'Työvalmennus Ääni', organisation: 'Hyvinvointialue', region: 'Pohjanmaa', notes: '' },
  ],
  staff: [
    { id: 'st1', ...sync, name: 'Aino Äijälä', role: 'specialist', fte: 1, startDate: '2024-03-01', endDate: null },
    { id: 'st2', ...sync, name: 'Bertta', role: 'specialist', fte: 0.5, startDate: '2023-01-01', endDate: '2024-12-31' },
    { id: 'st3', ...sync, name: 'Tiina', role: 'team-leader', fte: 0.2, startDate: '2023-01-01', endDate: null },
  ],
  clients: [{ id: 'c1', ...sync, code: 'ÄÄN-001', referralDate: '2024-04-01', referralSource: 'rs1', startDate: '2024-04-02', notes: '' }],
  jobs: [
    {
      id: 'j1',
      ...sync,
      clientId: 'c1',
      employer: 'Kahvila',
      title: 'Kokki',
      jobType: 'Ravintola',
      startDate: '2024-05-01',
      endDate: null,
      hoursPerWeek: 20,
      competitive: true,
      paySubsidy: true,
    },
    {
      id: 'j2',
      ...sync,
      clientId: 'c1',
      employer: 'Kaupunki',
      title: 'Avustaja',
      jobType: 'Toimisto',
      startDate: '2024-01-10',
      endDate: '2024-04-30',
      hoursPerWeek: null,
      competitive: false,
      paySubsidy: true,
    },
  ],
  referralSources: [
    { id: 'rs1', ...sync, name: 'TE-toimisto' },
    { id: 'rs2', ...sync, deletedAt: AT, name: 'Kuntakokeilu' },
  ],
  reviews: [
    {
      id: 'r1',
      ...sync,
      scaleId: 'ips-25',
      scaleVersion: 1,
      firstDay: '2025-03-10',
      lastDay: '2025-03-11',
      type: 'external',
      reviewers: ['Aino Arvioija'],
      status: 'final',
      finalisedAt: '2025-03-12T09:00:00.000Z',
    },
  ],
  reviewEvidence: [{ id: 'v1', ...sync, reviewId: 'r1', period: null, snapshot: V1_SNAPSHOT }],
  meta: [{ key: 'hasData', value: true }],
};

const scratch = scratchDatabase('fidelio-upgrade-v9');

describe('opening a version-8 database with evidence rules version 2', () => {
  it('keeps staff, jobs, referral sources and a rules-1 snapshot exactly, and adds the staff absences table', async () => {
    await writeOldDatabase(scratch.name, 8, V8_STORES, V8_RECORDS);

    const db = scratch.track(createDb(scratch.name));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    // Jobs are linked to the employer directory by version 10 (upgrade-v10.test.ts); the rest stays as stored.
    for (const table of ['services', 'staff', 'clients', 'referralSources', 'reviews', 'reviewEvidence'] as const) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(V8_RECORDS[table].map((r) => expect.objectContaining(r))));
      expect(stored, table).toEqual([...V8_RECORDS[table]].sort((a, b) => a.id.localeCompare(b.id)));
      // Still valid under today's schemas, so backups, restores and sync accept them.
      for (const record of stored)
        expect(BACKUP_TABLES[table].schema.safeParse(record).success, `${table} ${String(record.id)}`).toBe(true);
    }
    // A job keeps the competitive flag it was saved with; no answers are made up for it.
    const jobs = await db.jobs.toArray();
    expect(jobs.map((j) => [j.id, j.competitive, j.competitiveAnswers])).toEqual([
      ['j1', true, null],
      ['j2', false, null],
    ]);
    // The finalised review keeps its version-1 figures: no rules version, no recomputation.
    expect((await findReviewEvidence(db, 'r1'))?.snapshot).toEqual(V1_SNAPSHOT);
    expect(await db.staffAbsences.count()).toBe(0);

    // The staff dates are the specialists' time in the service; absences can be recorded now.
    await addStaffAbsence(db, 'st1', { from: '2025-07-01', to: '2025-07-28' }, new Date('2025-06-01T08:00:00.000Z'));
    const input = await loadEvidenceInput(db, 's1');
    expect(input.specialists).toEqual([
      { id: 'st1', fte: 1, inServiceFrom: '2024-03-01', inServiceTo: null, absences: [{ from: '2025-07-01', to: '2025-07-28' }] },
      { id: 'st2', fte: 0.5, inServiceFrom: '2023-01-01', inServiceTo: '2024-12-31', absences: [] },
    ]);
    expect(input.contactLogReview).toBeNull();
    expect(input.jobs.map((j) => j.competitive)).toEqual([true, false]);
  });
});
