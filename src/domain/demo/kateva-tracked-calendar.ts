import { addDays, daysBetween, type IsoDate } from '../dates';
import content from './kateva-tracked-content.json';

/*
 * Dates, working days and a seeded random source for the Kätevä demo's tracked data. The demo
 * must come out the same on every device and in every test, so nothing here reads the clock or
 * Math.random.
 */

/** The day Kätevä started keeping its caseload and employer contacts in Fidelio. */
export const TRACKING_START: IsoDate = '2021-06-01';
/** The last day of the demo's history: the day before the 2022 review's first visit day. */
export const SNAPSHOT_DAY: IsoDate = '2022-10-10';

export type Random = () => number;

/** mulberry32: a tiny, well-mixed 32-bit generator; enough to spread invented dates plausibly. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('Cannot pick from an empty list');
  return item;
}

/** A triangular distribution: most values near `mode`, a few out to `min` and `max`. */
export function triangular(random: Random, min: number, mode: number, max: number): number {
  const u = random();
  const split = (mode - min) / (max - min);
  return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

const HOLIDAYS = new Set<string>(content.holidays);
const VACATIONS = content.vacations as unknown as Record<string, [IsoDate, IsoDate][]>;

function weekday(date: IsoDate): number {
  // 2021-06-07 was a Monday; 0 = Monday … 6 = Sunday.
  return ((daysBetween('2021-06-07', date) % 7) + 7) % 7;
}

/** A weekday that is not a public holiday (nor the week between Christmas and New Year). */
export function isTeamWorkingDay(date: IsoDate): boolean {
  return weekday(date) < 5 && !HOLIDAYS.has(date);
}

/** A team working day on which this staff member works (employed and not on summer holiday). */
export function isWorkingDay(staffKey: string, staffStart: IsoDate, date: IsoDate): boolean {
  if (date < staffStart || !isTeamWorkingDay(date)) return false;
  return !(VACATIONS[staffKey] ?? []).some(([from, to]) => from <= date && date <= to);
}

/** The first team working day on or after `date`. */
export function nextTeamWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isTeamWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Every day from `from` to `to` (both included) that passes `keep`. */
export function daysWhere(from: IsoDate, to: IsoDate, keep: (date: IsoDate) => boolean): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (keep(day)) days.push(day);
  return days;
}

/** A team working day spread over `from`…`to`; `share` 0…1 says where. */
export function dayAt(from: IsoDate, to: IsoDate, share: number): IsoDate {
  return nextTeamWorkingDay(addDays(from, Math.floor(share * daysBetween(from, to))));
}

/**
 * A stored timestamp for something done on `date` during office hours (Finnish time 8–15, so
 * 5–12 UTC); `minute` orders records made on the same day.
 */
export function timestampOn(date: IsoDate, minute: number): string {
  const hour = 5 + (Math.floor(minute / 60) % 8);
  const min = minute % 60;
  return `${date}T${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}:00.000Z`;
}
