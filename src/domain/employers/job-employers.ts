import type { Job } from '../records/caseload';
import type { Employer } from '../records/employers';
import { employerNameKey } from './employer-names';

/*
 * Until schema version 10 (issue 15) a job named its employer as free text, so a typo broke the
 * employer's history. Such a job is linked to the service's employer directory once: to the live
 * employer whose name is the same under employerNameKey (case, spaces, Unicode form ignored), or
 * else to a directory entry created for that name. The same conversion serves the database
 * upgrade and a backup file from before the change, so it is pure: the time comes in.
 */

/** A job as stored before version 10: the employer's name instead of a directory reference, no answers. */
export type LegacyJob = Omit<Job, 'employerId' | 'competitiveAnswers'> & { employer: string };

export const isLegacyJob = (record: Record<string, unknown>): boolean => typeof record.employer === 'string' && !('employerId' in record);

/*
 * A created entry's id follows from the service and the name's key, so two devices (or a device
 * and a backup) that convert the same name create the same record, which sync and restore see as
 * one employer, not two. 128 bits from four FNV-1a passes, written as a UUID (version 8: custom).
 */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function employerIdForName(serviceId: string, name: string): string {
  const text = `${serviceId}\u0000${employerNameKey(name)}`;
  const hex = [0x811c9dc5, 0x050c5d1f, 0x2f1a3b7d, 0x6b43a9b5].map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface LinkedJobs {
  jobs: Job[];
  /** Directory entries created for names no live employer had (tombstoned when only deleted jobs used the name). */
  created: Employer[];
  /** How many live jobs found their employer already in the directory. */
  matched: number;
}

const groupKey = (serviceId: string, name: string) => `${serviceId}\u0000${employerNameKey(name)}`;
const latest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));

/**
 * Links legacy jobs to `employers` (any services; each job only to its own service's), the oldest
 * live employer of a name first. A created entry takes the name as its first job wrote it and that
 * job's creation time, so it reads as entered with the job and comes out the same on every device.
 * A name only deleted jobs used gets a tombstoned entry: the reference holds without adding a name
 * the team removed to its directory. The answers behind "competitive" are unknown (null), so a job
 * keeps its stored flag; nothing else of a job changes.
 */
export function linkJobsToEmployers(jobs: readonly LegacyJob[], employers: readonly Employer[]): LinkedJobs {
  const existing = new Map<string, Employer>();
  const oldestFirst = [...employers].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const employer of oldestFirst) {
    const key = groupKey(employer.serviceId, employer.name);
    if (employer.deletedAt === null && !existing.has(key)) existing.set(key, employer);
  }
  const unmatched = new Map<string, LegacyJob[]>();
  for (const job of jobs) {
    const key = groupKey(job.serviceId, job.employer);
    if (!existing.has(key)) unmatched.set(key, [...(unmatched.get(key) ?? []), job]);
  }
  const created: Employer[] = [...unmatched.values()].map((group) => {
    const first = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0]!;
    const deleted = group.every((job) => job.deletedAt !== null);
    const deletedAt = deleted ? latest(group.map((job) => job.deletedAt!)) : null;
    return {
      id: employerIdForName(first.serviceId, first.employer),
      serviceId: first.serviceId,
      createdAt: first.createdAt,
      updatedAt: deletedAt ?? first.createdAt,
      deletedAt,
      name: first.employer.trim().replace(/\s+/gu, ' '),
      sector: '',
      area: '',
      notes: '',
      mergedInto: null,
    };
  });
  let matched = 0;
  const linked = jobs.map((job): Job => {
    const { employer: name, ...rest } = job;
    const found = existing.get(groupKey(job.serviceId, name));
    if (found && job.deletedAt === null) matched += 1;
    return { ...rest, employerId: found ? found.id : employerIdForName(job.serviceId, name), competitiveAnswers: null };
  });
  return { jobs: linked, created, matched };
}
