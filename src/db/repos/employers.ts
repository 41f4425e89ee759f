import { findDuplicateEmployers } from '../../domain/employers/employer-names';
import {
  EmployerContactPersonSchema,
  EmployerSchema,
  type ContactPersonDraft,
  type Employer,
  type EmployerContactPerson,
  type EmployerDraft,
} from '../../domain/records/employers';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { isLive } from '../../domain/records/base';

/** Creating an employer whose name another live employer of the service already has. */
export class DuplicateEmployerError extends Error {
  override readonly name = 'DuplicateEmployerError';
  constructor(readonly existing: readonly Employer[]) {
    super(`An employer with this name exists: ${existing.map((e) => e.id).join(', ')}`);
  }
}

/**
 * Adds an employer to the service's directory. The duplicate check runs inside the transaction,
 * so two quick saves of the same name cannot both land (issue 4: merge rather than create twice).
 */
export async function createEmployer(db: FidelioDb, serviceId: string, draft: EmployerDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.services, db.employers], async () => {
    const service = await db.services.get(serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', serviceId);
    const others = (await db.employers.where('serviceId').equals(serviceId).toArray()).filter(isLive);
    const duplicates = findDuplicateEmployers(draft.name, others);
    if (duplicates.length > 0) throw new DuplicateEmployerError(duplicates);
    await db.employers.add(
      validated(EmployerSchema, 'employers', {
        id,
        serviceId,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        mergedInto: null,
        ...draft,
      } satisfies Employer),
    );
  });
  return id;
}

export async function updateEmployer(db: FidelioDb, id: string, draft: EmployerDraft, now: Date): Promise<void> {
  await db.transaction('rw', db.employers, async () => {
    const existing = await db.employers.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('employers', id);
    const others = (await db.employers.where('serviceId').equals(existing.serviceId).toArray()).filter(isLive);
    const duplicates = findDuplicateEmployers(draft.name, others, id);
    if (duplicates.length > 0) throw new DuplicateEmployerError(duplicates);
    await db.employers.put(
      validated(EmployerSchema, 'employers', { ...existing, ...draft, updatedAt: toTimestamp(now) } satisfies Employer),
    );
  });
}

export async function addContactPerson(db: FidelioDb, employerId: string, draft: ContactPersonDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.employers, db.employerContactPeople], async () => {
    const employer = await db.employers.get(employerId);
    if (!employer || employer.deletedAt) throw new RecordNotFoundError('employers', employerId);
    const person = {
      id,
      serviceId: employer.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      employerId,
      ...draft,
    } satisfies EmployerContactPerson;
    await db.employerContactPeople.add(validated(EmployerContactPersonSchema, 'employerContactPeople', person));
  });
  return id;
}

/**
 * Merges a duplicate into the employer that stays: its contacts, contact people and jobs move over
 * (their updatedAt moves on, so sync sends them) and the duplicate becomes a tombstone without content
 * of its own, with `mergedInto` set, all in one transaction, so a failure leaves both employers and
 * every record as they were. Notes, sector and area of the kept employer win; empty ones are
 * filled from the duplicate.
 */
export async function mergeEmployers(db: FidelioDb, keepId: string, duplicateId: string, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db.transaction('rw', [db.employers, db.employerContactPeople, db.employerContacts, db.jobs], async () => {
    const [keep, duplicate] = await Promise.all([db.employers.get(keepId), db.employers.get(duplicateId)]);
    if (!keep || keep.deletedAt) throw new RecordNotFoundError('employers', keepId);
    if (!duplicate || duplicate.deletedAt || duplicate.serviceId !== keep.serviceId || keepId === duplicateId)
      throw new RecordNotFoundError('employers', duplicateId);
    const moved = (record: { employerId: string; updatedAt: string }) => {
      record.employerId = keepId;
      record.updatedAt = at;
    };
    await db.employerContacts.where('[employerId+date]').between([duplicateId, ''], [duplicateId, '\uffff']).modify(moved);
    await db.employerContactPeople.where('employerId').equals(duplicateId).modify(moved);
    // Jobs name their employer from the directory (schema version 10), so they move too.
    await db.jobs.where('employerId').equals(duplicateId).modify(moved);
    const filled: Employer = {
      ...keep,
      sector: keep.sector || duplicate.sector,
      area: keep.area || duplicate.area,
      notes: [keep.notes, duplicate.notes].filter((n) => n.trim() !== '').join('\n\n'),
      updatedAt: at,
    };
    await db.employers.put(validated(EmployerSchema, 'employers', filled));
    // The tombstone keeps no content of its own: its name is the kept one's, its texts empty.
    const tombstone: Employer = {
      ...duplicate,
      name: keep.name,
      sector: '',
      area: '',
      notes: '',
      mergedInto: keepId,
      deletedAt: at,
      updatedAt: at,
    };
    await db.employers.put(validated(EmployerSchema, 'employers', tombstone));
  });
}
