import { daysBetween, type IsoDate } from '../dates';
import type { ContactMode } from '../records/employers';
import type { IsoWeek } from './weeks';
import { compareOrdinal } from '../collation';

/*
 * The contact log's figures (issue 4). Each function names the rule it implements in
 * ../shared/domain/ips-fidelity.md (V6 services-6, §4.4) or evidence-rules.md §3.
 */
export const WEEKLY_TARGET = 6;

export interface ContactFacts {
  id: string;
  date: IsoDate;
  staffId: string;
  employerId: string;
  mode: ContactMode;
  clientIds: readonly string[];
  createdAt: string;
}

export interface CountedSpecialist {
  id: string;
  fte: number;
}

/** §4.4: only face-to-face meetings count; repeat visits and generic contacts count too. */
export function isCounted(contact: Pick<ContactFacts, 'mode'>): boolean {
  return contact.mode === 'face-to-face';
}

/**
 * services-6 / §4.4: face-to-face contacts per specialist per ISO week. Returns, for each staff id
 * asked for, one count per week in the order of `weeks` (zero-filled).
 */
export function weeklyFaceToFaceCounts(
  contacts: readonly ContactFacts[],
  staffIds: readonly string[],
  weeks: readonly IsoWeek[],
): Map<string, number[]> {
  const result = new Map(staffIds.map((id) => [id, weeks.map(() => 0)]));
  for (const contact of contacts) {
    if (!isCounted(contact)) continue;
    const counts = result.get(contact.staffId);
    if (!counts) continue;
    const index = weeks.findIndex((week) => contact.date >= week.start && contact.date <= week.end);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return result;
}

export interface RatePeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface ContactRate {
  /** Mean of the counted specialists' weekly rates (evidence-rules §3 services-6). */
  value: number;
  /** Each counted specialist's own weekly rate. */
  perSpecialist: Map<string, number>;
  /** How many specialists the mean rests on. */
  basis: number;
}

/**
 * evidence-rules §3 `services-6`: for each counted specialist (fte > 0), face-to-face contacts
 * dated in the period (inclusive) ÷ (days in period ÷ 7); the service's rate is the mean over
 * counted specialists. Null when nobody counts.
 */
export function weeklyContactRate(
  contacts: readonly ContactFacts[],
  specialists: readonly CountedSpecialist[],
  period: RatePeriod,
): ContactRate | null {
  const counted = specialists.filter((s) => s.fte > 0);
  if (counted.length === 0) return null;
  const weeks = (daysBetween(period.from, period.to) + 1) / 7;
  const totals = new Map(counted.map((s) => [s.id, 0]));
  for (const contact of contacts) {
    if (!isCounted(contact) || contact.date < period.from || contact.date > period.to) continue;
    const total = totals.get(contact.staffId);
    if (total !== undefined) totals.set(contact.staffId, total + 1);
  }
  const perSpecialist = new Map([...totals].map(([id, total]) => [id, total / weeks]));
  const value = [...perSpecialist.values()].reduce((sum, rate) => sum + rate, 0) / counted.length;
  return { value, perSpecialist, basis: counted.length };
}

/**
 * §4.4 "visit number with this employer": the nth contact with the employer, every mode counting,
 * ordered by date and then by when it was recorded. Returns contact id → visit number.
 */
export function visitNumbers(contacts: readonly Pick<ContactFacts, 'id' | 'employerId' | 'date' | 'createdAt'>[]): Map<string, number> {
  const sorted = [...contacts].sort(
    (a, b) => compareOrdinal(a.date, b.date) || compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id),
  );
  const seen = new Map<string, number>();
  const result = new Map<string, number>();
  for (const contact of sorted) {
    const n = (seen.get(contact.employerId) ?? 0) + 1;
    seen.set(contact.employerId, n);
    result.set(contact.id, n);
  }
  return result;
}

/**
 * evidence-rules §3 services-4 "first employer contact": the earliest of the client's face-to-face
 * employer contacts and job starts dated on or after their start and on or before `to`; the days
 * from the start to it. Null when the client has not started or has no such contact yet.
 */
export function daysToFirstEmployerContact(
  startDate: IsoDate | null,
  contacts: readonly Pick<ContactFacts, 'date' | 'mode' | 'clientIds'>[],
  jobStartDates: readonly IsoDate[],
  clientId: string,
  to: IsoDate,
): { date: IsoDate; days: number } | null {
  if (startDate === null) return null;
  const candidates = [
    ...contacts.filter((c) => isCounted(c) && c.clientIds.includes(clientId)).map((c) => c.date),
    ...jobStartDates,
  ].filter((date) => date >= startDate && date <= to);
  if (candidates.length === 0) return null;
  const first = candidates.reduce((a, b) => (b < a ? b : a));
  return { date: first, days: daysBetween(startDate, first) };
}

export type FollowUpState = 'overdue' | 'due' | 'later';

/** My week: a follow-up is overdue before today, due today or within this week, else later. */
export function followUpState(followUpDate: IsoDate, today: IsoDate, weekEndDate: IsoDate): FollowUpState {
  if (followUpDate < today) return 'overdue';
  return followUpDate <= weekEndDate ? 'due' : 'later';
}
