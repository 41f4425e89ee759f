import type { EvidenceInput } from '../domain/evidence/evidence-input';
import type { ClientRow } from '../domain/caseload/summary';
import type { Job, Staff } from '../domain/records/caseload';
import type { EmployerContact } from '../domain/records/employers';
import type { FidelioDb } from './app-db';
import { listStaffAbsences, loadServiceCaseload } from './caseload-queries';
import type { StaffAbsence } from '../domain/records/staff-absence';
import type { ContactLogReview } from '../domain/evidence/evidence-input';
import { isLive } from '../domain/records/base';

export interface TrackedRecords {
  staff: Staff[];
  rows: ClientRow[];
  jobs: Job[];
  contacts: EmployerContact[];
  /** Rules version 2: staff absences and the service's contact log review (both may be missing). */
  absences?: StaffAbsence[];
  contactLogReview?: ContactLogReview | null;
}

async function readTracked(db: FidelioDb, serviceId: string): Promise<TrackedRecords> {
  const [{ staff, rows }, jobs, contacts, absences, service] = await Promise.all([
    loadServiceCaseload(db, serviceId),
    db.jobs
      .where('serviceId')
      .equals(serviceId)
      .toArray()
      .then((jobs) => jobs.filter(isLive)),
    db.employerContacts
      .where('serviceId')
      .equals(serviceId)
      .toArray()
      .then((contacts) => contacts.filter(isLive)),
    listStaffAbsences(db, serviceId),
    db.services.get(serviceId),
  ]);
  return { staff, rows, jobs, contacts, absences, contactLogReview: service?.contactLogReview ?? null };
}

/**
 * The tracked records in the shape of evidence-rules.md §2. The caseload keeps one record per event;
 * here each client gets its start, current specialist and — when closed now — closure day. A staff
 * member's start and end dates are their time in the service (rules version 2 decides from them
 * who counts on which day, so every specialist is passed on).
 */
export function toEvidenceInput({ staff, rows, jobs, contacts, absences = [], contactLogReview = null }: TrackedRecords): EvidenceInput {
  const absencesOf = (staffId: string) => absences.filter((a) => a.staffId === staffId).map(({ from, to }) => ({ from, to }));
  return {
    contactLogReview,
    specialists: staff
      .filter((member) => member.role === 'specialist')
      .map((member) => ({
        id: member.id,
        fte: member.fte,
        inServiceFrom: member.startDate,
        inServiceTo: member.endDate,
        absences: absencesOf(member.id),
      })),
    clients: rows.flatMap((row) =>
      row.startDate === null
        ? []
        : [
            {
              id: row.id,
              specialistId: row.specialistId,
              startDate: row.startDate,
              closedDate: row.state.status === 'closed' ? row.state.closedDate : null,
            },
          ],
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
      employerId: job.employerId,
      jobType: job.jobType,
      startDate: job.startDate,
      endDate: job.endDate,
      competitive: job.competitive,
    })),
  };
}

/** A service's tracked data in the shape of evidence-rules.md §2, every specialist included. */
export async function loadEvidenceInput(db: FidelioDb, serviceId: string): Promise<EvidenceInput> {
  return toEvidenceInput(await readTracked(db, serviceId));
}

/** What the lists behind the figures show for the ids in the evidence input. */
export interface EvidenceContext {
  input: EvidenceInput;
  clientCodes: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
  /** A job's employer by its directory name (a job refers to the directory since schema version 10). */
  jobs: ReadonlyMap<string, Pick<Job, 'title' | 'jobType'> & { employer: string }>;
}

/** The evidence input (the rules pick what each period needs), with the names and codes a reviewer reads in the lists behind the figures. */
export async function loadEvidenceContext(db: FidelioDb, serviceId: string): Promise<EvidenceContext> {
  const [tracked, employers] = await Promise.all([readTracked(db, serviceId), db.employers.where('serviceId').equals(serviceId).toArray()]);
  const employerNames = new Map(employers.map((employer) => [employer.id, employer.name]));
  return {
    input: toEvidenceInput(tracked),
    clientCodes: new Map(tracked.rows.map((row) => [row.id, row.code])),
    staffNames: new Map(tracked.staff.map((member) => [member.id, member.name])),
    jobs: new Map(
      tracked.jobs.map((job) => [job.id, { employer: employerNames.get(job.employerId) ?? '', title: job.title, jobType: job.jobType }]),
    ),
  };
}
