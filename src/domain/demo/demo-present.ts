import { addDays, daysBetween, type IsoDate } from '../dates';

/*
 * The demo lives in the present (issue 15). Its history is written on a calendar of its own, in
 * 2021–22; when the demo is loaded, every date is moved forward by whole weeks so that the day
 * the demo is loaded falls on BASE_PRESENT's week. The later review is then finished about a month
 * before today, the tracked data reaches today, and weekdays stay weekdays (a visit logged on a
 * Tuesday is still on a Tuesday). The domain has no clock: the caller passes today in.
 */

/** On the demo's own calendar, "today": a month after the 2022 review was finalised (19 Oct 2022). */
export const BASE_PRESENT: IsoDate = '2022-11-18';

export interface DemoPresent {
  /** Days every demo date moves forward; always a whole number of weeks. */
  offsetDays: number;
  /** Today on the demo's own calendar: up to here its tracked data is generated. */
  baseToday: IsoDate;
}

/** How far the demo's dates move for `today`, and where its history must end on its own calendar. */
export function demoPresent(today: IsoDate): DemoPresent {
  const offsetDays = Math.floor(daysBetween(BASE_PRESENT, today) / 7) * 7;
  return { offsetDays, baseToday: addDays(today, -offsetDays) };
}

const DATE_OR_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)?$/;

/**
 * A copy of `value` with every calendar date and timestamp in it moved by `days` (timestamps
 * keep their time of day). Every demo record field that is a whole date or timestamp is a date of
 * the demo's history; free texts never consist of a date alone.
 */
export function shiftDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  const shift = (item: unknown): unknown => {
    if (typeof item === 'string') {
      const match = DATE_OR_TIMESTAMP.exec(item);
      return match?.[1] ? addDays(match[1], days) + (match[2] ?? '') : item;
    }
    if (Array.isArray(item)) return item.map(shift);
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, shift(inner)]));
    return item;
  };
  return shift(value) as T;
}
