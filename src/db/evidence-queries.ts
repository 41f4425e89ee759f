import type { EvidenceInput } from '../domain/evidence/evidence-input';
import type { FidelioDb } from './app-db';
import { loadServiceCaseload } from './caseload-queries';

const live = (record: { deletedAt: string | null }) => record.deletedAt === null;

/**
 * A service's tracked data in the shape of evidence-rules.md §2. The caseload keeps one record per
 * event; here each client gets its start, current specialist and — when closed now — closure day.
 * A job names its employer as text, so employers compare by their trimmed, case-folded name.
 */
export async function loadEvidenceInput(db: FidelioDb, serviceId: string): Promise<EvidenceInput> {
  const [{ staff, rows }, jobs, contacts] = await Promise.all([
    loadServiceCaseload(db, serviceId),
    db.jobs.where('serviceId').equals(serviceId).filter(live).toArray(),
    db.employerContacts.where('serviceId').equals(serviceId).filter(live).toArray(),
  ]);
  return {
    specialists: staff.filter((member) => member.role === 'specialist').map((member) => ({ id: member.id, fte: member.fte })),
    clients: rows.flatMap((row) =>
      row.startDate === null ? [] : [{ id: row.id, specialistId: row.specialistId, startDate: row.startDate, closedDate: row.state.status === 'closed' ? row.state.closedDate : null }],
    ),
    employerContacts: contacts.map((contact) => ({
      id: contact.id,
      specialistId: contact.staffId,
      employerId: contact.employerId,
      date: contact.date,
      faceToFace: contact.mode === 'face-to-face',
      clientIds: contact.clientIds,
    })),
    jobs: jobs.map((job) => ({
      id: job.id,
      clientId: job.clientId,
      employerId: job.employer.trim().toLocaleLowerCase('fi'),
      jobType: job.jobType,
      startDate: job.startDate,
      endDate: job.endDate,
      competitive: job.competitive,
    })),
  };
}
