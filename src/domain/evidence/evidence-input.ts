import type { IsoDate } from '../dates';
import type { ItemId } from '../fidelity/items';

/**
 * Which version of evidence-rules.md computeEvidence follows. Version 2: specialists' time in the
 * service and absences, the contact log's review, and current jobs for services-10. A finalised
 * review keeps the figures and the version it was computed with.
 */
export const EVIDENCE_RULES_VERSION = 2;

/** How the team leader reviews the contact log (a setting of the service; null: not recorded). */
export const CONTACT_LOG_REVIEWS = ['weekly', 'monthly', 'none'] as const;
export type ContactLogReview = (typeof CONTACT_LOG_REVIEWS)[number];

/** The tracked data evidence is computed from (evidence-rules.md §2). */
export interface EvidenceInput {
  /** fte: share of full time in client work, 0..1; missing service dates mean "always". */
  specialists: readonly {
    id: string;
    fte: number;
    inServiceFrom?: IsoDate | null;
    inServiceTo?: IsoDate | null;
    absences?: readonly { from: IsoDate; to: IsoDate }[];
  }[];
  clients: readonly { id: string; specialistId: string | null; startDate: IsoDate; closedDate?: IsoDate | null }[];
  employerContacts: readonly {
    id: string;
    specialistId: string;
    employerId: string;
    date: IsoDate;
    faceToFace: boolean;
    clientIds: readonly string[];
  }[];
  jobs: readonly {
    id: string;
    clientId: string;
    employerId: string;
    jobType: string;
    startDate: IsoDate;
    endDate?: IsoDate | null;
    competitive: boolean;
  }[];
  contactLogReview?: ContactLogReview | null;
}

/** Both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type SuggestedScore = 1 | 2 | 3 | 4 | 5;

export interface Evidence {
  /** The unrounded figure. */
  value: number;
  /** How many people or records the figure rests on. */
  basis: number;
  suggestedScore: SuggestedScore;
}

/** Present only for the items whose figure can be computed. */
export type EvidenceByItem = Partial<Record<ItemId, Evidence>>;

export const EVIDENCE_ITEMS = [
  'staffing-1',
  'services-4',
  'services-6',
  'services-8',
  'services-9',
  'services-10',
] as const satisfies readonly ItemId[];
export type EvidenceItemId = (typeof EVIDENCE_ITEMS)[number];

/** The items with numeric anchors, whose figure Fidelio can compute from tracked data. */
export function isEvidenceItem(itemId: string): itemId is EvidenceItemId {
  return (EVIDENCE_ITEMS as readonly string[]).includes(itemId);
}

export function isInPeriod(day: IsoDate, period: Period): boolean {
  return period.from <= day && day <= period.to;
}

/** A job is current when it is held on `to`: started by then and not ended before it (services-10). */
export function isCurrentOn(job: { startDate: IsoDate; endDate?: IsoDate | null }, day: IsoDate): boolean {
  return job.startDate <= day && (job.endDate == null || job.endDate >= day);
}

/** A job is held in the period when it started by `to` and had not ended before `from`. */
export function isHeldIn(job: { startDate: IsoDate; endDate?: IsoDate | null }, period: Period): boolean {
  return job.startDate <= period.to && (job.endDate == null || job.endDate >= period.from);
}
