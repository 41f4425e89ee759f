import type { Transaction } from 'dexie';
import { isLegacyJob, linkJobsToEmployers, type LegacyJob } from '../domain/employers/job-employers';
import type { Employer } from '../domain/records/employers';

/**
 * Meta key of the schema-10 upgrade (issue 15): the directory entries it created from jobs' free
 * text, so the team leader can check them for typos and merge duplicates, until they dismiss it.
 */
export const EMPLOYERS_FROM_JOBS_KEY = 'employers.fromJobs';

/** What the upgrade stores under EMPLOYERS_FROM_JOBS_KEY. */
export interface EmployersFromJobsNotice {
  linkedAt: string;
  /** Live jobs whose employer was found in the directory by name. */
  matched: number;
  /** Live entries created for names the directory did not have, by service. */
  created: { serviceId: string; employerId: string; name: string }[];
  dismissedAt: string | null;
  /** Created entries the team leader has checked and kept (repos/employers-from-jobs.ts); absent until one is. */
  checked?: { employerId: string; at: string }[];
}

/**
 * The upgrade to version 10: every job still naming its employer as text is linked to the
 * directory (../domain/employers/job-employers.ts), in the upgrade's one transaction. An entry
 * whose id exists already is not written over: that record is the same employer, maybe renamed.
 */
export async function linkStoredJobEmployers(tx: Transaction, now: Date): Promise<void> {
  const legacy = ((await tx.table('jobs').toArray()) as Record<string, unknown>[]).filter(isLegacyJob) as unknown as LegacyJob[];
  if (legacy.length === 0) return;
  const employers = (await tx.table('employers').toArray()) as Employer[];
  const { jobs, created, matched } = linkJobsToEmployers(legacy, employers);
  const known = new Set(employers.map((employer) => employer.id));
  const added = created.filter((employer) => !known.has(employer.id));
  await tx.table('employers').bulkAdd(added);
  await tx.table('jobs').bulkPut(jobs);
  const live = added.filter((employer) => employer.deletedAt === null);
  const notice: EmployersFromJobsNotice = {
    linkedAt: now.toISOString(),
    matched,
    created: live.map((employer) => ({ serviceId: employer.serviceId, employerId: employer.id, name: employer.name })),
    dismissedAt: null,
  };
  if (live.length > 0) await tx.table('meta').put({ key: EMPLOYERS_FROM_JOBS_KEY, value: notice });
}
