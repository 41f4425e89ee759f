import { StaffAbsenceSchema, type StaffAbsence, type StaffAbsenceDraft } from '../../domain/records/staff-absence';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';

/** Records one absence of a staff member; the schema refuses an end before the start. */
export async function addStaffAbsence(db: FidelioDb, staffId: string, draft: StaffAbsenceDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.staff, db.staffAbsences], async () => {
    const member = await db.staff.get(staffId);
    if (!member || member.deletedAt) throw new RecordNotFoundError('staff', staffId);
    const absence = validated(StaffAbsenceSchema, 'staffAbsences', {
      id,
      serviceId: member.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      staffId,
      from: draft.from,
      to: draft.to,
    } satisfies StaffAbsence);
    await db.staffAbsences.add(absence);
  });
  return id;
}

/** Removes an absence recorded by mistake (a tombstone, so the removal reaches other devices too). */
export async function removeStaffAbsence(db: FidelioDb, id: string, now: Date): Promise<void> {
  await db.transaction('rw', db.staffAbsences, async () => {
    const existing = await db.staffAbsences.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('staffAbsences', id);
    const at = toTimestamp(now);
    await db.staffAbsences.put({ ...existing, deletedAt: at, updatedAt: at });
  });
}
