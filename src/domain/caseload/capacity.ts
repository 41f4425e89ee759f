import type { IsoDate } from '../dates';
import { countsOn, type ServiceTime } from '../evidence/service-time';

/** The most clients a full-time employment specialist carries at a time (IPS; evidence-rules.md §4). */
export const FULL_TIME_CAPACITY = 20;

/** evidence-rules.md §4: capacity = 20 × FTE in client work (FTE 0.5 → 10). */
export function caseloadCapacity(fte: number): number {
  // Rounded to hide binary noise (20 × 0.7 = 13.999…); FTE has at most a few decimals.
  return Math.round(FULL_TIME_CAPACITY * fte * 1000) / 1000;
}

export type LimitStatus = 'under' | 'at' | 'over';

/** evidence-rules.md §4: over the limit when active clients exceed the capacity, at the limit when equal. */
export function limitStatus(activeClients: number, capacity: number): LimitStatus {
  if (activeClients > capacity) return 'over';
  if (activeClients === capacity) return 'at';
  return 'under';
}

/** evidence-rules.md §2: a specialist counts when their FTE in client work is above 0. */
export function isCountedSpecialist(specialist: { fte: number }): boolean {
  return specialist.fte > 0;
}

/**
 * evidence-rules.md §2: a client is active on day d when startDate <= d and there is no
 * closedDate or closedDate > d (the closing day itself is no longer active).
 */
export function isActiveOn(client: { startDate: IsoDate | null; closedDate?: IsoDate | null }, day: IsoDate): boolean {
  if (client.startDate === null || client.startDate > day) return false;
  return client.closedDate == null || client.closedDate > day;
}

/** A staff member works in the service on day d when d is within their start and end dates (both included). */
export function isEmployedOn(member: { startDate: IsoDate; endDate: IsoDate | null }, day: IsoDate): boolean {
  return member.startDate <= day && (member.endDate === null || member.endDate >= day);
}

export interface CaseloadRatio {
  /** Active clients per full-time equivalent, unrounded. */
  value: number;
  /** The active clients the figure rests on. */
  basis: number;
  totalFte: number;
}

/**
 * evidence-rules.md §3, item staffing-1: clients active on `day` whose specialist counts on `day`,
 * divided by the sum of the FTE of the specialists counted that day; null when that sum is 0.
 */
export function caseloadRatio(
  specialists: readonly (ServiceTime & { id: string })[],
  clients: readonly { specialistId: string | null; startDate: IsoDate | null; closedDate?: IsoDate | null }[],
  day: IsoDate,
): CaseloadRatio | null {
  const totalFte = specialists.filter((s) => countsOn(s, day)).reduce((sum, s) => sum + s.fte, 0);
  if (totalFte <= 0) return null;
  const basis = activeClientsOfCounted(specialists, clients, day).length;
  return { value: basis / totalFte, basis, totalFte };
}

/**
 * evidence-rules.md §3, staffing-1: the clients active on `day` whose specialist counts that day
 * (FTE above 0 and in the service on `day`; missing service dates mean "always").
 */
export function activeClientsOfCounted<C extends { specialistId: string | null; startDate: IsoDate | null; closedDate?: IsoDate | null }>(
  specialists: readonly (ServiceTime & { id: string })[],
  clients: readonly C[],
  day: IsoDate,
): C[] {
  const counted = new Set(specialists.filter((s) => countsOn(s, day)).map((s) => s.id));
  return clients.filter((c) => c.specialistId !== null && counted.has(c.specialistId) && isActiveOn(c, day));
}

export interface AssignmentLoad {
  /** The specialist's clients on `day` with this client counted in. */
  after: number;
  capacity: number;
  /** True when the assignment takes the specialist over 20 × FTE (evidence-rules.md §4). */
  isOver: boolean;
}

/**
 * What an assignment does to a specialist's caseload (issue 15): their active clients on `day`
 * plus this one, against 20 × FTE. The client is counted even while waiting to start, because
 * the coach carries them from the assignment on; a client already on the caseload is not counted twice.
 */
export function loadAfterAssignment(
  specialist: { id: string; fte: number },
  clients: readonly { id: string; specialistId: string | null; startDate: IsoDate | null; closedDate?: IsoDate | null }[],
  clientId: string | null,
  day: IsoDate,
): AssignmentLoad {
  const carried = clients.filter((c) => c.specialistId === specialist.id && c.id !== clientId && isActiveOn(c, day)).length;
  const after = carried + 1;
  const capacity = caseloadCapacity(specialist.fte);
  return { after, capacity, isOver: after > capacity };
}
