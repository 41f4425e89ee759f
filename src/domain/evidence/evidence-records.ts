import { daysBetween, type IsoDate } from '../dates';
import { activeClientsOfCounted } from '../caseload/capacity';
import { capByLogReview, weeklyContactScore } from './bands';
import { isCurrentOn, isHeldIn, isInPeriod, type EvidenceInput, type Period, type SuggestedScore } from './evidence-input';
import { workingDays } from './service-time';

/*
 * The records behind each evidence figure (issue 5: "a way to open the underlying list"). The
 * figures in compute-evidence.ts are computed from these same rows, so the list a reviewer opens is
 * always exactly what the figure rests on.
 */

type EvidenceJob = EvidenceInput['jobs'][number];

/** evidence-rules.md §3, staffing-1: the clients active on `to` whose specialist is counted. */
export function caseloadClients(input: EvidenceInput, period: Period): EvidenceInput['clients'][number][] {
  return activeClientsOfCounted(input.specialists, input.clients, period.to);
}

export interface FirstContactRow {
  clientId: string;
  startDate: IsoDate;
  /** The first employer contact (face-to-face naming the client, or a job start); null when none yet. */
  firstContact: IsoDate | null;
  /** Days to the first contact, or waited so far (`to − start`) when there is none yet. */
  days: number;
}

/**
 * evidence-rules.md §3, services-4: the clients averaged — those who started in the period, with
 * the days to their first employer contact; a client without one yet only after waiting over 30 days.
 */
export function firstContactRows(input: EvidenceInput, period: Period): FirstContactRow[] {
  const firstByClient = new Map<string, IsoDate>();
  const starts = new Map(input.clients.map((client) => [client.id, client.startDate]));
  const consider = (clientId: string, day: IsoDate) => {
    const start = starts.get(clientId);
    if (start === undefined || day < start || day > period.to) return;
    const current = firstByClient.get(clientId);
    if (current === undefined || day < current) firstByClient.set(clientId, day);
  };
  for (const contact of input.employerContacts) {
    if (contact.faceToFace) for (const clientId of contact.clientIds) consider(clientId, contact.date);
  }
  for (const job of input.jobs) consider(job.clientId, job.startDate);

  const rows: FirstContactRow[] = [];
  for (const client of input.clients) {
    if (!isInPeriod(client.startDate, period)) continue;
    const first = firstByClient.get(client.id) ?? null;
    const days = daysBetween(client.startDate, first ?? period.to);
    if (first !== null || days > 30) rows.push({ clientId: client.id, startDate: client.startDate, firstContact: first, days });
  }
  return rows;
}

export interface SpecialistContactRow {
  specialistId: string;
  fte: number;
  /** Face-to-face employer contacts dated in the period. */
  faceToFace: number;
  /** Days of the period in the service and not absent. */
  workingDays: number;
  /** Those contacts per week of working days: faceToFace ÷ (workingDays ÷ 7). */
  weeklyRate: number;
  /** The rate's score before the log review's cap. */
  rateScore: SuggestedScore;
  /** The rate's score capped by the log review ('monthly' → at most 4, 'none' → at most 2). */
  score: SuggestedScore;
}

/** Fewer working days than a week in the period give no fair rate (evidence-rules.md §3, services-6). */
export const MIN_WORKING_DAYS = 7;

/**
 * evidence-rules.md §3, services-6 (rules version 2): each included specialist's face-to-face
 * contacts per week of their working days. Included: FTE above 0 and at least 7 working days.
 */
export function specialistContactRows(input: EvidenceInput, period: Period): SpecialistContactRow[] {
  const counts = new Map<string, number>();
  for (const contact of input.employerContacts) {
    if (contact.faceToFace && isInPeriod(contact.date, period))
      counts.set(contact.specialistId, (counts.get(contact.specialistId) ?? 0) + 1);
  }
  const rows: SpecialistContactRow[] = [];
  for (const specialist of input.specialists) {
    if (!(specialist.fte > 0)) continue;
    const days = workingDays(specialist, period);
    if (days < MIN_WORKING_DAYS) continue;
    const faceToFace = counts.get(specialist.id) ?? 0;
    const weeklyRate = faceToFace / (days / 7);
    const rateScore = weeklyContactScore(weeklyRate);
    const score = capByLogReview(rateScore, input.contactLogReview);
    rows.push({ specialistId: specialist.id, fte: specialist.fte, faceToFace, workingDays: days, weeklyRate, rateScore, score });
  }
  return rows;
}

/** evidence-rules.md §3, services-8 and services-9: the jobs whose start date is in the period. */
export function jobsStartedIn(input: EvidenceInput, period: Period): EvidenceJob[] {
  return input.jobs.filter((job) => isInPeriod(job.startDate, period));
}

/** The jobs held on at least one day of the period (services-10 in rules version 1). */
export function jobsHeldIn(input: EvidenceInput, period: Period): EvidenceJob[] {
  return input.jobs.filter((job) => isHeldIn(job, period));
}

/** evidence-rules.md §3, services-10 (rules version 2): the jobs current on `to`. */
export function currentJobs(input: EvidenceInput, period: Period): EvidenceJob[] {
  return input.jobs.filter((job) => isCurrentOn(job, period.to));
}

/** Job types compare trimmed and case-insensitive (evidence-rules.md §3, services-8). */
export function jobTypeKey(jobType: string): string {
  return jobType.trim().toLowerCase();
}
