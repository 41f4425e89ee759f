import { daysBetween, type IsoDate } from '../dates';
import type { ClientStatus, Phase } from './phases';
import type { ClientRow } from './summary';
import { compareFinnish, compareOrdinal } from '../collation';

/** Filters of the client list (issue 3): specialist ('none' = unassigned), phase and status. */
export interface ClientFilter {
  specialistId: string | 'all' | 'none';
  phase: Phase | 'all';
  status: ClientStatus | 'all';
  /** Part of a client code typed into the search; empty or absent = every code. */
  code?: string;
}

export const CLIENT_SORTS = ['code', 'start-date', 'days-in-phase'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/**
 * A code as the search compares it: lower case, without spaces and dashes, so "kät14", "KÄT 014"
 * and "kät-014" all find "KÄT-014" (coaches type codes in a hurry, on a tablet keyboard).
 */
export function codeSearchKey(code: string): string {
  return code.toLocaleLowerCase('fi').replace(/[\s\-‐-―]/g, '');
}

/** Whether a client code contains the typed part (see codeSearchKey); an empty search matches all. */
export function codeMatches(code: string, typed: string): boolean {
  const wanted = codeSearchKey(typed);
  if (wanted === '') return true;
  const key = codeSearchKey(code);
  // "kät14" finds "KÄT-014": the digits may be typed without their leading zeros.
  return key.includes(wanted) || key.replace(/(^|\D)0+(?=\d)/g, '$1').includes(wanted.replace(/(^|\D)0+(?=\d)/g, '$1'));
}

function matches(row: ClientRow, filter: ClientFilter): boolean {
  if (filter.code !== undefined && !codeMatches(row.code, filter.code)) return false;
  if (
    filter.specialistId === 'none' ? row.specialistId !== null : filter.specialistId !== 'all' && row.specialistId !== filter.specialistId
  )
    return false;
  if (filter.phase !== 'all' && row.state.phase !== filter.phase) return false;
  return filter.status === 'all' || row.state.status === filter.status;
}

/** Days in the current phase or state; a client with no event yet counts from the referral. */
export function daysInCurrentState(row: ClientRow, today: IsoDate): number {
  return daysBetween(row.state.since ?? row.referralDate, today);
}

/**
 * Filters and sorts the list: by code (natural order, "KÄT-9" before "KÄT-10"), by start date
 * (newest first; waiting clients last), or by days in phase (longest first). Ties go by code.
 */
export function filterAndSortClients(rows: readonly ClientRow[], filter: ClientFilter, sort: ClientSort, today: IsoDate): ClientRow[] {
  const byCode = (a: ClientRow, b: ClientRow) => compareFinnish(a.code, b.code);
  const selected = rows.filter((row) => matches(row, filter));
  if (sort === 'code') return selected.sort(byCode);
  if (sort === 'start-date') {
    return selected.sort((a, b) => compareOrdinal(b.startDate ?? '', a.startDate ?? '') || byCode(a, b));
  }
  const days = new Map(selected.map((row) => [row.id, daysInCurrentState(row, today)]));
  return selected.sort((a, b) => (days.get(b.id) ?? 0) - (days.get(a.id) ?? 0) || byCode(a, b));
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** One page of a list (1-based); a page number out of range is clamped. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return { items: items.slice((current - 1) * size, current * size), page: current, pageCount };
}
