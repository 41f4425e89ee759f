import type { IsoDate } from '../dates';
import { isHeldIn, isInPeriod, type EvidenceInput, type Period } from './evidence-input';

export interface EmploymentRate {
  served: number;
  working: number;
  /** working ÷ served, from 0 to 1; null when nobody was served. */
  rate: number | null;
}

/** Active on at least one day of the period (evidence-rules.md §2 "active on day d", for some d). */
function servedIn(client: { startDate: IsoDate; closedDate?: IsoDate | null }, period: Period): boolean {
  if (client.startDate > period.to) return false;
  const firstDay = client.startDate > period.from ? client.startDate : period.from;
  return client.closedDate == null || client.closedDate > firstDay;
}

/**
 * evidence-rules.md §5, the IPS Learning Community's quarterly measure: clients served (active on at
 * least one day of the period) and, of them, working (held a competitive job on at least one day).
 */
export function employmentRate(input: EvidenceInput, period: Period): EmploymentRate {
  const served = input.clients.filter((client) => servedIn(client, period));
  const workingIds = new Set(input.jobs.filter((job) => job.competitive && isHeldIn(job, period)).map((job) => job.clientId));
  const working = served.filter((client) => workingIds.has(client.id)).length;
  return { served: served.length, working, rate: served.length > 0 ? working / served.length : null };
}

export interface JobStarts {
  /** Jobs whose start date is in the period. */
  all: number;
  /** Of them, each client's first-ever job. */
  first: number;
}

/** evidence-rules.md §5: job starts in a period, and first job starts (a client's first-ever job only). */
export function jobStarts(input: Pick<EvidenceInput, 'jobs'>, period: Period): JobStarts {
  const firstJob = new Map<string, { startDate: IsoDate; id: string }>();
  for (const job of input.jobs) {
    const current = firstJob.get(job.clientId);
    if (!current || job.startDate < current.startDate || (job.startDate === current.startDate && job.id < current.id)) {
      firstJob.set(job.clientId, { startDate: job.startDate, id: job.id });
    }
  }
  const inPeriod = input.jobs.filter((job) => isInPeriod(job.startDate, period));
  return { all: inPeriod.length, first: inPeriod.filter((job) => firstJob.get(job.clientId)?.id === job.id).length };
}
