import { daysBetween, type IsoDate } from '../dates';
import { activeClientsOfCounted, isCountedSpecialist } from '../caseload/capacity';
import { weeklyContactScore } from './bands';
import { isHeldIn, isInPeriod, type EvidenceInput, type Period, type SuggestedScore } from './evidence-input';

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
  /** Those contacts per week of the period. */
  weeklyRate: number;
  score: SuggestedScore;
}

/** evidence-rules.md §3, services-6: each counted specialist's face-to-face contacts per week of the period. */
export function specialistContactRows(input: EvidenceInput, period: Period): SpecialistContactRow[] {
  const weeks = (daysBetween(period.from, period.to) + 1) / 7;
  const counts = new Map<string, number>();
  for (const contact of input.employerContacts) {
    if (contact.faceToFace && isInPeriod(contact.date, period)) counts.set(contact.specialistId, (counts.get(contact.specialistId) ?? 0) + 1);
  }
  return input.specialists.filter(isCountedSpecialist).map((specialist) => {
    const faceToFace = counts.get(specialist.id) ?? 0;
    const weeklyRate = faceToFace / weeks;
    return { specialistId: specialist.id, fte: specialist.fte, faceToFace, weeklyRate, score: weeklyContactScore(weeklyRate) };
  });
}

/** evidence-rules.md §3, services-8 and services-9: the jobs whose start date is in the period. */
export function jobsStartedIn(input: EvidenceInput, period: Period): EvidenceJob[] {
  return input.jobs.filter((job) => isInPeriod(job.startDate, period));
}

/** evidence-rules.md §3, services-10: the jobs held on at least one day of the period. */
export function jobsHeldIn(input: EvidenceInput, period: Period): EvidenceJob[] {
  return input.jobs.filter((job) => isHeldIn(job, period));
}

/** Job types compare trimmed and case-insensitive (evidence-rules.md §3, services-8). */
export function jobTypeKey(jobType: string): string {
  return jobType.trim().toLowerCase();
}
