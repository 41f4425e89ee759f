import { addDays, parseIsoDate, type IsoDate } from '../dates';

/*
 * ISO 8601 weeks, Monday first (issue 4, "Quality": week boundaries). Week 1 is the week with the
 * year's first Thursday, so 29–31 Dec can be in week 1 of the next year and 1–3 Jan in week 52 or
 * 53 of the previous one. Pure calendar arithmetic on ISO dates, no clock and no time zone.
 */
export interface IsoWeek {
  /** `2025-W02`, sortable as text. */
  key: string;
  year: number;
  week: number;
  /** Monday. */
  start: IsoDate;
  /** Sunday. */
  end: IsoDate;
}

function dayOfWeek(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO date: ${date}`);
  const sunday0 = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0; // 1 = Monday … 7 = Sunday
}

/** The Monday of the ISO week that contains `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - dayOfWeek(date));
}

/** The Sunday of the ISO week that contains `date`. */
export function weekEnd(date: IsoDate): IsoDate {
  return addDays(weekStart(date), 6);
}

/** The ISO week containing `date`: its year is the year of that week's Thursday. */
export function isoWeek(date: IsoDate): IsoWeek {
  const start = weekStart(date);
  const thursday = addDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayWeekStart = weekStart(isoWeekOneThursday(year));
  const week = Math.round((Date.parse(start) - Date.parse(firstThursdayWeekStart)) / (7 * 86_400_000)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, year, week, start, end: addDays(start, 6) };
}

/** 4 January is always in week 1. */
function isoWeekOneThursday(year: number): IsoDate {
  return addDays(weekStart(`${String(year).padStart(4, '0')}-01-04`), 3);
}

/** The ISO week key (`2026-W01`) of a date. */
export function weekKey(date: IsoDate): string {
  return isoWeek(date).key;
}

/**
 * The `count` ISO weeks that end with the week containing `date`, oldest first: the team view's
 * 12-week trend shows the current week last, so this week's progress is in the chart.
 */
export function lastWeeks(date: IsoDate, count = 12): IsoWeek[] {
  const current = weekStart(date);
  return Array.from({ length: count }, (_, index) => isoWeek(addDays(current, -7 * (count - 1 - index))));
}
