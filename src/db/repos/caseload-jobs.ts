import { JobSchema, type Job, type JobDraft } from '../../domain/records/caseload';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';

/** A job's employer is a live employer of the client's service (issue 15: from the directory). */
async function checkEmployer(db: FidelioDb, employerId: string, serviceId: string): Promise<void> {
  const employer = await db.employers.get(employerId);
  if (!employer || employer.deletedAt || employer.serviceId !== serviceId) throw new RecordNotFoundError('employers', employerId);
}

/**
 * Adds a job of a client at an employer of the directory; the schema refuses an end before the
 * start, identity codes in the texts and a competitive flag the answers do not give.
 */
export async function addJob(db: FidelioDb, clientId: string, draft: JobDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.clients, db.jobs, db.employers], async () => {
    const client = await db.clients.get(clientId);
    if (!client || client.deletedAt) throw new RecordNotFoundError('clients', clientId);
    await checkEmployer(db, draft.employerId, client.serviceId);
    const job = validated(JobSchema, 'jobs', {
      id,
      serviceId: client.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      clientId,
      ...draft,
    } satisfies Job);
    await db.jobs.add(job);
  });
  return id;
}

export async function updateJob(db: FidelioDb, id: string, draft: JobDraft, now: Date): Promise<void> {
  await db.transaction('rw', [db.jobs, db.employers], async () => {
    const existing = await db.jobs.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('jobs', id);
    if (draft.employerId !== existing.employerId) await checkEmployer(db, draft.employerId, existing.serviceId);
    await db.jobs.put(validated(JobSchema, 'jobs', { ...existing, ...draft, updatedAt: toTimestamp(now) } satisfies Job));
  });
}

export async function deleteJob(db: FidelioDb, id: string, now: Date): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const existing = await db.jobs.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('jobs', id);
    const at = toTimestamp(now);
    await db.jobs.put({ ...existing, deletedAt: at, updatedAt: at });
  });
}
