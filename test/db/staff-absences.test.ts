import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { listStaffAbsences } from '../../src/db/caseload-queries';
import { RecordNotFoundError, ValidationError } from '../../src/db/errors';
import { addStaffAbsence, removeStaffAbsence } from '../../src/db/repos/caseload-absences';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { createService, setContactLogReview } from '../../src/db/repos/services';
import type { ContactLogReview } from '../../src/domain';
import { dropDb, freshDb, LATER, NOW, serviceDraft } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

async function coach() {
  const serviceId = await createService(db, serviceDraft(), NOW);
  const staffId = await createStaff(
    db,
    serviceId,
    { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
    NOW,
  );
  return { serviceId, staffId };
}

describe('staff absences (evidence rules version 2)', () => {
  it('records one record per absence, oldest first, and removes one with a tombstone', async () => {
    const { serviceId, staffId } = await coach();
    const summer = await addStaffAbsence(db, staffId, { from: '2025-07-01', to: '2025-07-28' }, NOW);
    await addStaffAbsence(db, staffId, { from: '2025-02-10', to: '2025-02-10' }, NOW);
    expect((await listStaffAbsences(db, serviceId)).map((a) => [a.from, a.to, a.serviceId, a.staffId])).toEqual([
      ['2025-02-10', '2025-02-10', serviceId, staffId],
      ['2025-07-01', '2025-07-28', serviceId, staffId],
    ]);
    await removeStaffAbsence(db, summer, LATER);
    expect((await listStaffAbsences(db, serviceId)).map((a) => a.from)).toEqual(['2025-02-10']);
    expect(await db.staffAbsences.get(summer)).toMatchObject({ deletedAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
    await expect(removeStaffAbsence(db, summer, LATER)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses an end before the start, a date that does not exist and an unknown staff member, writing nothing', async () => {
    const { staffId } = await coach();
    await expect(addStaffAbsence(db, staffId, { from: '2025-07-02', to: '2025-07-01' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(addStaffAbsence(db, staffId, { from: '2025-02-30', to: '2025-03-01' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(addStaffAbsence(db, 'nobody', { from: '2025-07-01', to: '2025-07-01' }, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.staffAbsences.count()).toBe(0);
  });
});

describe("a service's contact log review", () => {
  it('is not recorded until set, can be set and cleared, and refuses an unknown value', async () => {
    const { serviceId } = await coach();
    expect((await db.services.get(serviceId))?.contactLogReview).toBeUndefined();
    await setContactLogReview(db, serviceId, 'weekly', LATER);
    expect(await db.services.get(serviceId)).toMatchObject({ contactLogReview: 'weekly', updatedAt: LATER.toISOString() });
    await setContactLogReview(db, serviceId, null, LATER);
    expect((await db.services.get(serviceId))?.contactLogReview).toBeNull();
    await expect(setContactLogReview(db, serviceId, 'daily' as ContactLogReview, LATER)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.services.get(serviceId))?.contactLogReview).toBeNull();
  });
});
