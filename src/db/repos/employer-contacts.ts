import { EmployerContactSchema, type EmployerContact, type EmployerContactDraft } from '../../domain/records/employers';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';

/**
 * Every record a contact points at must be a live record of the same service: a specialist, an
 * employer, its contact person and the clients. Checked inside the write's transaction, so a
 * record deleted in another tab cannot be linked to, and nothing is saved half.
 */
async function checkLinks(db: FidelioDb, serviceId: string, draft: EmployerContactDraft): Promise<void> {
  const same = (record: { serviceId: string; deletedAt: string | null } | undefined) =>
    record !== undefined && record.deletedAt === null && record.serviceId === serviceId;
  const [staff, employer, person, clients] = await Promise.all([
    db.staff.get(draft.staffId),
    db.employers.get(draft.employerId),
    draft.contactPersonId ? db.employerContactPeople.get(draft.contactPersonId) : Promise.resolve(null),
    db.clients.bulkGet(draft.clientIds),
  ]);
  if (!same(staff)) throw new RecordNotFoundError('staff', draft.staffId);
  if (!same(employer)) throw new RecordNotFoundError('employers', draft.employerId);
  if (draft.contactPersonId && (!same(person ?? undefined) || person?.employerId !== draft.employerId))
    throw new RecordNotFoundError('employerContactPeople', draft.contactPersonId);
  clients.forEach((client, index) => {
    if (!same(client)) throw new RecordNotFoundError('clients', draft.clientIds[index] ?? '');
  });
}

const tables = (db: FidelioDb) => [db.staff, db.employers, db.employerContactPeople, db.clients, db.employerContacts];

/** Logs one employer contact (one record per contact, issue 4). */
export async function createContact(db: FidelioDb, serviceId: string, draft: EmployerContactDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', tables(db), async () => {
    await checkLinks(db, serviceId, draft);
    await db.employerContacts.add(
      validated(EmployerContactSchema, 'employerContacts', {
        id,
        serviceId,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        ...draft,
      } satisfies EmployerContact),
    );
  });
  return id;
}

export async function updateContact(db: FidelioDb, id: string, draft: EmployerContactDraft, now: Date): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const existing = await db.employerContacts.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('employerContacts', id);
    await checkLinks(db, existing.serviceId, draft);
    await db.employerContacts.put(
      validated(EmployerContactSchema, 'employerContacts', {
        ...existing,
        ...draft,
        updatedAt: toTimestamp(now),
      } satisfies EmployerContact),
    );
  });
}

export async function deleteContact(db: FidelioDb, id: string, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db.transaction('rw', db.employerContacts, async () => {
    const existing = await db.employerContacts.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('employerContacts', id);
    await db.employerContacts.put({ ...existing, deletedAt: at, updatedAt: at });
  });
}
