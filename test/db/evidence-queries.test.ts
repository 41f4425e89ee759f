import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { loadEvidenceInput } from '../../src/db/evidence-queries';
import { createClient, recordPhaseChange } from '../../src/db/repos/caseload-clients';
import { addJob } from '../../src/db/repos/caseload-jobs';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { createService, setContactLogReview } from '../../src/db/repos/services';
import { addStaffAbsence } from '../../src/db/repos/caseload-absences';
import { computeEvidence } from '../../src/domain';
import { dropDb, freshDb, NOW, serviceDraft, jobEmployer } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

const TODAY = '2026-11-22';
const client = (code: string, start: string | null, specialistId: string | null) => ({
  draft: { code, referralDate: '2026-01-01', referralSource: 'default:typ', notes: '' },
  start: start ? { date: start, phase: 1 as const } : null,
  specialistId,
});

describe('loadEvidenceInput', () => {
  it('turns the caseload into the tracked data of evidence-rules.md §2', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    const coach = await createStaff(
      db,
      serviceId,
      { name: 'Aino', role: 'specialist', fte: 0.5, startDate: '2025-01-01', endDate: null },
      NOW,
    );
    await createStaff(db, serviceId, { name: 'Tiina', role: 'team-leader', fte: 0.2, startDate: '2025-01-01', endDate: null }, NOW);
    const working = await createClient(db, serviceId, client('K-1', '2026-02-01', coach), NOW);
    const closed = await createClient(db, serviceId, client('K-2', '2026-03-01', coach), NOW);
    await createClient(db, serviceId, client('K-3', null, null), NOW);
    await recordPhaseChange(db, closed, { kind: 'close', date: '2026-06-01', phase: null, closureReason: 'moved' }, TODAY, NOW);
    await addJob(
      db,
      working,
      {
        employerId: await jobEmployer(db, working, ' Posti '),
        competitiveAnswers: null,
        title: 'Jakaja',
        jobType: 'jakelu',
        startDate: '2026-04-01',
        endDate: null,
        hoursPerWeek: 20,
        competitive: true,
        paySubsidy: true,
      },
      NOW,
    );

    await addStaffAbsence(db, coach, { from: '2026-07-01', to: '2026-07-28' }, NOW);
    await setContactLogReview(db, serviceId, 'monthly', NOW);

    const input = await loadEvidenceInput(db, serviceId);
    // Rules version 2: a staff member's start and end are their time in the service, with their absences.
    expect(input.specialists).toEqual([
      { id: coach, fte: 0.5, inServiceFrom: '2025-01-01', inServiceTo: null, absences: [{ from: '2026-07-01', to: '2026-07-28' }] },
    ]);
    expect(input.contactLogReview).toBe('monthly');
    expect(input.clients).toEqual(
      expect.arrayContaining([
        { id: working, specialistId: coach, startDate: '2026-02-01', closedDate: null },
        { id: closed, specialistId: coach, startDate: '2026-03-01', closedDate: '2026-06-01' },
      ]),
    );
    expect(input.clients).toHaveLength(2);
    expect(input.jobs).toEqual([
      expect.objectContaining({ clientId: working, employerId: await jobEmployer(db, working, 'Posti'), competitive: true }),
    ]);

    const evidence = computeEvidence(input, { from: '2025-11-22', to: TODAY });
    expect(evidence['staffing-1']).toEqual({ value: 2, basis: 1, suggestedScore: 5 });
    // One current job of one: 100 %, but fewer than 10 current jobs suggest 1.
    expect(evidence['services-10']).toEqual({ value: 100, basis: 1, suggestedScore: 1 });
  });
});
