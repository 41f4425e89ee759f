import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { CaseloadRuleError } from '../../src/db/caseload-errors';
import { getClientDetail, loadServiceCaseload } from '../../src/db/caseload-queries';
import { ValidationError } from '../../src/db/errors';
import { addJob } from '../../src/db/repos/caseload-jobs';
import {
  createClient,
  deleteClient,
  reassignClient,
  recordPhaseChange,
  startClient,
  updateClient,
} from '../../src/db/repos/caseload-clients';
import { addReferralSource, removeReferralSource } from '../../src/db/repos/caseload-sources';
import { createStaff, updateStaff } from '../../src/db/repos/caseload-staff';
import { createService, deleteService } from '../../src/db/repos/services';
import { specialistCaseloads } from '../../src/domain/caseload/summary';
import { dropDb, freshDb, NOW, serviceDraft, jobEmployer } from './helpers';

const TODAY = '2025-03-10';
let db: FidelioDb;
let serviceId: string;
const staffDraft = (fte: number, name = 'Aino') => ({ name, role: 'specialist' as const, fte, startDate: '2024-01-01', endDate: null });
const clientDraft = (code: string) => ({ code, referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: '' });
const started = (code: string, specialistId: string | null) => ({
  draft: clientDraft(code),
  start: { date: '2025-01-10', phase: 1 as const },
  specialistId,
});

beforeEach(async () => {
  db = freshDb();
  serviceId = await createService(db, serviceDraft(), NOW);
});
afterEach(async () => dropDb(db));

describe('staff', () => {
  it('refuses FTE outside 0–1 and an end before the start, saving nothing', async () => {
    await expect(createStaff(db, serviceId, staffDraft(1.5), NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(createStaff(db, serviceId, { ...staffDraft(0.5), endDate: '2023-12-31' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.staff.count()).toBe(0);
    const id = await createStaff(db, serviceId, staffDraft(0.5), NOW);
    await expect(updateStaff(db, id, staffDraft(-0.1), NOW)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.staff.get(id))?.fte).toBe(0.5);
  });
});

describe('clients', () => {
  it('creates a started client with assignment and phase 1, and counts them on the caseload', async () => {
    const half = await createStaff(db, serviceId, staffDraft(0.5), NOW);
    for (let i = 1; i <= 11; i += 1) await createClient(db, serviceId, started(`KÄT-${i}`, half), NOW);
    const { staff, rows } = await loadServiceCaseload(db, serviceId);
    expect(rows).toHaveLength(11);
    expect(rows[0]?.state).toMatchObject({ status: 'active', phase: 1, since: '2025-01-10' });
    expect(specialistCaseloads(staff, rows, TODAY)).toMatchObject([{ staffId: half, active: 11, capacity: 10, status: 'over' }]);
  });

  it('refuses a duplicate code in the same service (case-insensitive) but allows it in another service', async () => {
    await createClient(db, serviceId, started('KÄT-014', null), NOW);
    await expect(createClient(db, serviceId, started('kät-014 ', null), NOW)).rejects.toBeInstanceOf(CaseloadRuleError);
    const other = await createService(db, serviceDraft({ name: 'Toinen' }), NOW);
    await createClient(db, other, started('KÄT-014', null), NOW);
    expect(await db.clients.count()).toBe(2);
    expect(await db.phaseChanges.count()).toBe(2);
  });

  it('refuses an identity code in the code or notes with nothing saved half', async () => {
    const specialist = await createStaff(db, serviceId, staffDraft(1), NOW);
    await expect(createClient(db, serviceId, started('131052-308T', specialist), NOW)).rejects.toBeInstanceOf(ValidationError);
    const withNote = { ...started('KÄT-1', specialist), draft: { ...clientDraft('KÄT-1'), notes: 'hetu 131052-308T' } };
    await expect(createClient(db, serviceId, withNote, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect([await db.clients.count(), await db.assignments.count(), await db.phaseChanges.count()]).toEqual([0, 0, 0]);
  });

  it('starts a waiting client, moves through phases (back too), closes and reopens', async () => {
    const id = await createClient(db, serviceId, { draft: clientDraft('W-1'), start: null, specialistId: null }, NOW);
    expect((await getClientDetail(db, id))?.state.status).toBe('waiting');
    await startClient(db, id, '2025-01-20', 1, TODAY, NOW);
    await recordPhaseChange(db, id, { kind: 'move', date: '2025-02-01', phase: 3, closureReason: null }, TODAY, NOW);
    await recordPhaseChange(db, id, { kind: 'move', date: '2025-02-05', phase: 2, closureReason: null }, TODAY, NOW);
    await expect(
      recordPhaseChange(db, id, { kind: 'move', date: '2025-02-04', phase: 4, closureReason: null }, TODAY, NOW),
    ).rejects.toMatchObject({ problem: 'date-before-last-change' });
    await recordPhaseChange(db, id, { kind: 'close', date: '2025-03-01', phase: null, closureReason: 'pension' }, TODAY, NOW);
    let detail = await getClientDetail(db, id);
    expect(detail?.client.startDate).toBe('2025-01-20');
    expect(detail?.state).toMatchObject({ status: 'closed', closedDate: '2025-03-01', closureReason: 'pension', phaseBeforeClosure: 2 });
    await recordPhaseChange(db, id, { kind: 'reopen', date: '2025-03-05', phase: null, closureReason: null }, TODAY, NOW);
    detail = await getClientDetail(db, id);
    expect(detail?.state).toMatchObject({ status: 'active', phase: 2 });
    expect(detail?.changes.map((c) => c.kind)).toEqual(['move', 'move', 'move', 'close', 'reopen']);
  });

  it('keeps the assignment history when reassigning', async () => {
    const a = await createStaff(db, serviceId, staffDraft(1, 'A'), NOW);
    const b = await createStaff(db, serviceId, staffDraft(1, 'B'), NOW);
    const id = await createClient(db, serviceId, started('R-1', a), NOW);
    await reassignClient(db, id, b, '2025-02-01', TODAY, NOW);
    await expect(reassignClient(db, id, b, '2025-02-02', TODAY, NOW)).rejects.toMatchObject({ problem: 'same-specialist' });
    await expect(reassignClient(db, id, a, '2025-01-31', TODAY, NOW)).rejects.toMatchObject({ problem: 'date-before-last-change' });
    const detail = await getClientDetail(db, id);
    expect(detail?.specialistId).toBe(b);
    expect(detail?.assignments.map((x) => [x.staffId, x.date])).toEqual([
      [a, '2025-01-10'],
      [b, '2025-02-01'],
    ]);
  });

  it('refuses moving the referral after the first change, and erases the client with all history', async () => {
    const specialist = await createStaff(db, serviceId, staffDraft(1), NOW);
    const id = await createClient(db, serviceId, started('D-1', specialist), NOW);
    await expect(updateClient(db, id, { ...clientDraft('D-1'), referralDate: '2025-01-11' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    await addJob(
      db,
      id,
      {
        employerId: await jobEmployer(db, id, 'Posti'),
        competitiveAnswers: null,
        title: 'Jakaja',
        jobType: 'jakelu',
        startDate: '2025-03-01',
        endDate: null,
        hoursPerWeek: 20,
        competitive: true,
        paySubsidy: true,
      },
      NOW,
    );
    await deleteClient(db, id, NOW);
    expect(await getClientDetail(db, id)).toBeNull();
    expect((await loadServiceCaseload(db, serviceId)).rows).toEqual([]);
    expect(await db.clients.toArray()).toEqual([
      { id, serviceId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), deletedAt: NOW.toISOString() },
    ]);
    for (const table of [db.phaseChanges, db.assignments, db.jobs]) expect(await table.count(), table.name).toBe(0);
  });
});

describe('referral sources', () => {
  it('adds unique names and removes with a tombstone', async () => {
    const id = await addReferralSource(db, serviceId, 'Nuorisotakuu', NOW);
    await expect(addReferralSource(db, serviceId, 'nuorisotakuu', NOW)).rejects.toBeInstanceOf(CaseloadRuleError);
    await removeReferralSource(db, id, NOW);
    expect((await db.referralSources.get(id))?.deletedAt).not.toBeNull();
    await addReferralSource(db, serviceId, 'Nuorisotakuu', NOW);
  });
});

describe('deleting the service', () => {
  it('tombstones its staff, clients, history, jobs and referral sources in the same step', async () => {
    const specialist = await createStaff(db, serviceId, staffDraft(1), NOW);
    const id = await createClient(db, serviceId, started('S-1', specialist), NOW);
    await addJob(
      db,
      id,
      {
        employerId: await jobEmployer(db, id, 'Posti'),
        competitiveAnswers: null,
        title: 'Jakaja',
        jobType: 'jakelu',
        startDate: '2025-03-01',
        endDate: null,
        hoursPerWeek: null,
        competitive: true,
        paySubsidy: false,
      },
      NOW,
    );
    await addReferralSource(db, serviceId, 'Oma', NOW);
    await deleteService(db, serviceId, NOW);
    for (const table of [db.staff, db.clients, db.referralSources]) {
      const records = await table.toArray();
      expect(records.length, table.name).toBeGreaterThan(0);
      expect(
        records.every((r) => r.deletedAt === NOW.toISOString()),
        table.name,
      ).toBe(true);
    }
    // Issue 14 #2: the clients of a deleted service are erased: a content-free tombstone, no history.
    expect(await db.clients.toArray()).toEqual([
      { id, serviceId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), deletedAt: NOW.toISOString() },
    ]);
    for (const table of [db.phaseChanges, db.assignments, db.jobs]) expect(await table.count(), table.name).toBe(0);
  });
});
