import { addDays, addMonths, type IsoDate } from '../dates';
import { computeEvidence } from './compute-evidence';
import { EVIDENCE_ITEMS, type Evidence, type EvidenceInput, type EvidenceItemId, type Period } from './evidence-input';
import { jobsStartedIn } from './evidence-records';

/** Issue 5: unless the reviewer sets another, a review's evidence period is the 12 months before the visit's first day. */
export function defaultEvidencePeriod(firstDay: IsoDate): Period {
  return { from: addMonths(firstDay, -12), to: addDays(firstDay, -1) };
}

/**
 * Why a figure should not be read as solid (issue 5: "when the tracked data is thin … the app says
 * so"). `few-records`: the figure rests on fewer than `minimum` people or records. `partial-period`:
 * the records it needs start only on `trackedFrom`, well after the period starts. `no-contacts`: no
 * face-to-face contact is logged in the whole period, which more likely means the log is not kept
 * than that nobody met an employer. `old-records` (issue 15): the service's newest record (a
 * client's start or closing, an employer contact, a job's start or end) is `lastRecord`, before
 * the period starts: the figure describes that older time (clients never closed still count as
 * active), not the period under review, and the reviewer is told so in words.
 */
export type ThinDataReason =
  | { kind: 'few-records'; minimum: number }
  | { kind: 'partial-period'; trackedFrom: IsoDate }
  | { kind: 'no-contacts' }
  | { kind: 'old-records'; lastRecord: IsoDate };

/** Below five people or jobs one case moves a percentage by 20 points or more. */
export const MIN_SOLID_BASIS = 5;
/** A log that starts within a month of the period's start still covers it in substance. */
const PARTIAL_PERIOD_GRACE_DAYS = 30;

export interface AssessedEvidence extends Evidence {
  thin: ThinDataReason[];
}

export type AssessedEvidenceByItem = Partial<Record<EvidenceItemId, AssessedEvidence>>;

function earliest(dates: Iterable<IsoDate>): IsoDate | null {
  let first: IsoDate | null = null;
  for (const date of dates) if (first === null || date < first) first = date;
  return first;
}

/** The newest date anything was recorded on: a client's start or closing, a contact, a job's start or end. */
export function newestRecord(input: EvidenceInput): IsoDate | null {
  let last: IsoDate | null = null;
  const see = (date: IsoDate | null | undefined) => {
    if (date && (last === null || date > last)) last = date;
  };
  for (const client of input.clients) {
    see(client.startDate);
    see(client.closedDate);
  }
  for (const contact of input.employerContacts) see(contact.date);
  for (const job of input.jobs) {
    see(job.startDate);
    see(job.endDate);
  }
  return last;
}

/** Whether the service keeps any tracked data in Fidelio; without it the review works as before. */
export function hasTrackedData(input: EvidenceInput): boolean {
  return input.specialists.length + input.clients.length + input.employerContacts.length + input.jobs.length > 0;
}

/**
 * The evidence figures of evidence-rules.md §3 with the reasons each one is thin. The rules decide
 * the figures; this only adds the warnings the reviewer sees next to them.
 */
export function assessEvidence(input: EvidenceInput, period: Period): AssessedEvidenceByItem {
  const evidence = computeEvidence(input, period);
  const graceEnd = addDays(period.from, PARTIAL_PERIOD_GRACE_DAYS);
  const partialFrom = (trackedFrom: IsoDate | null): ThinDataReason[] =>
    trackedFrom !== null && trackedFrom > graceEnd ? [{ kind: 'partial-period', trackedFrom }] : [];
  const contactsFrom = earliest(input.employerContacts.map((contact) => contact.date));
  const jobsFrom = earliest(input.jobs.map((job) => job.startDate));
  const faceToFaceInPeriod = input.employerContacts.some((c) => c.faceToFace && c.date >= period.from && c.date <= period.to);
  const hasStartedJobs = jobsStartedIn(input, period).length > 0;
  const lastRecord = newestRecord(input);
  const oldRecords: ThinDataReason[] = lastRecord !== null && lastRecord < period.from ? [{ kind: 'old-records', lastRecord }] : [];

  const result: AssessedEvidenceByItem = {};
  for (const itemId of EVIDENCE_ITEMS) {
    const figure = evidence[itemId];
    if (!figure) continue;
    const thin: ThinDataReason[] = [];
    // services-6 rests on specialists, not records: its thinness is a missing or partial log.
    if (itemId !== 'services-6' && figure.basis < MIN_SOLID_BASIS) thin.push({ kind: 'few-records', minimum: MIN_SOLID_BASIS });
    if (itemId === 'services-4' || itemId === 'services-6') thin.push(...partialFrom(contactsFrom));
    if (itemId === 'services-6' && !faceToFaceInPeriod) thin.push({ kind: 'no-contacts' });
    if ((itemId === 'services-8' || itemId === 'services-9' || itemId === 'services-10') && hasStartedJobs)
      thin.push(...partialFrom(jobsFrom));
    thin.push(...oldRecords);
    result[itemId] = { ...figure, thin };
  }
  return result;
}
