import { daysBetween, parseIsoDate, type IsoDate } from '../dates';
import type { Period } from './evidence-input';

/*
 * A specialist's time in the service (evidence-rules.md §2, rules version 2): the dates they were
 * in the service and their recorded absences, so leave and a mid-year start do not dilute the
 * contact rate, and a coach who has left no longer counts.
 */

export interface ServiceTime {
  fte: number;
  inServiceFrom?: IsoDate | null;
  inServiceTo?: IsoDate | null;
  absences?: readonly Period[];
}

/** In the service on day d: no `inServiceFrom` or `inServiceFrom <= d`, and no `inServiceTo` or `inServiceTo >= d`. */
export function isInServiceOn(specialist: Pick<ServiceTime, 'inServiceFrom' | 'inServiceTo'>, day: IsoDate): boolean {
  return (
    (specialist.inServiceFrom == null || specialist.inServiceFrom <= day) &&
    (specialist.inServiceTo == null || specialist.inServiceTo >= day)
  );
}

/** Counts on day d: FTE in client work above 0 and in the service that day. */
export function countsOn(specialist: ServiceTime, day: IsoDate): boolean {
  return specialist.fte > 0 && isInServiceOn(specialist, day);
}

/** Whole days since 1970-01-01, so periods compare and subtract as plain numbers. */
function dayNumber(day: IsoDate): number {
  const parsed = parseIsoDate(day);
  if (!parsed) throw new RangeError(`Not an ISO date: ${day}`);
  return Math.round(Date.UTC(parsed.year, parsed.month - 1, parsed.day) / 86_400_000);
}

/**
 * The days of the period on which the specialist is in the service and that fall in none of their
 * absences (each absence includes both ends; overlapping absences count once). Computed on day
 * numbers rather than day by day, since a period may be years long.
 */
export function workingDays(specialist: ServiceTime, period: Period): number {
  if (period.from > period.to) return 0;
  const from = specialist.inServiceFrom != null && specialist.inServiceFrom > period.from ? specialist.inServiceFrom : period.from;
  const to = specialist.inServiceTo != null && specialist.inServiceTo < period.to ? specialist.inServiceTo : period.to;
  if (from > to) return 0;
  const start = dayNumber(from);
  const end = dayNumber(to);
  // The absences clipped to the days in the service, merged where they overlap or touch.
  const clipped = (specialist.absences ?? [])
    .map((absence) => [Math.max(dayNumber(absence.from), start), Math.min(dayNumber(absence.to), end)] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  let absent = 0;
  let coveredTo = start - 1;
  for (const [a, b] of clipped) {
    const first = Math.max(a, coveredTo + 1);
    if (b >= first) {
      absent += b - first + 1;
      coveredTo = b;
    }
  }
  return daysBetween(from, to) + 1 - absent;
}
