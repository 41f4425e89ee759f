import { AssignmentSchema, ClientSchema, JobSchema, PhaseChangeSchema, StaffSchema } from '../../domain/records/caseload';
import { EmployerContactPersonSchema, EmployerContactSchema, EmployerSchema } from '../../domain/records/employers';
import type { TrackedRecords } from '../../domain/demo/kateva-tracked-data';
import type { FidelioDb } from '../app-db';
import { validated } from '../validate';

/** The tables the demo's tracked data goes to; loadDemo opens its transaction over these too. */
export function trackedTables(db: FidelioDb) {
  return [db.staff, db.clients, db.phaseChanges, db.assignments, db.jobs, db.employers, db.employerContactPeople, db.employerContacts];
}

/**
 * Adds the demo's caseload, jobs and employer contacts inside the caller's transaction. Every
 * record is parsed with its schema first, like any other input, so a broken demo aborts the
 * whole load instead of leaving half a history.
 */
export async function addTrackedData(db: FidelioDb, data: TrackedRecords): Promise<void> {
  await db.staff.bulkAdd(data.staff.map((r) => validated(StaffSchema, 'staff', r)));
  await db.employers.bulkAdd(data.employers.map((r) => validated(EmployerSchema, 'employers', r)));
  await db.employerContactPeople.bulkAdd(
    data.employerContactPeople.map((r) => validated(EmployerContactPersonSchema, 'employerContactPeople', r)),
  );
  await db.clients.bulkAdd(data.clients.map((r) => validated(ClientSchema, 'clients', r)));
  await db.phaseChanges.bulkAdd(data.phaseChanges.map((r) => validated(PhaseChangeSchema, 'phaseChanges', r)));
  await db.assignments.bulkAdd(data.assignments.map((r) => validated(AssignmentSchema, 'assignments', r)));
  await db.jobs.bulkAdd(data.jobs.map((r) => validated(JobSchema, 'jobs', r)));
  await db.employerContacts.bulkAdd(data.employerContacts.map((r) => validated(EmployerContactSchema, 'employerContacts', r)));
}
