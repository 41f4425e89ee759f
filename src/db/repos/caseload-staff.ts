import { StaffSchema, type Staff, type StaffDraft } from '../../domain/records/caseload';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';

/** Adds a specialist or team leader to the service; the schema refuses FTE outside 0–1 and an end before the start. */
export async function createStaff(db: FidelioDb, serviceId: string, draft: StaffDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.services, db.staff], async () => {
    const service = await db.services.get(serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', serviceId);
    const member = validated(StaffSchema, 'staff', {
      id,
      serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      ...draft,
    } satisfies Staff);
    await db.staff.add(member);
  });
  return id;
}

export async function updateStaff(db: FidelioDb, id: string, draft: StaffDraft, now: Date): Promise<void> {
  await db.transaction('rw', db.staff, async () => {
    const existing = await db.staff.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('staff', id);
    await db.staff.put(validated(StaffSchema, 'staff', { ...existing, ...draft, updatedAt: toTimestamp(now) } satisfies Staff));
  });
}
