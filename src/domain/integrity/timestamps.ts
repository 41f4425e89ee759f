/*
 * Timestamps (issue 14 #9): stored in one canonical UTC form ending in `Z`, and compared as instants.
 * Text comparison of ISO strings is only right when both are in that form: `…T10:00:00+14:00` is
 * text-greater than `…T09:00:00Z` of the same day although it is 23 hours earlier, and `…:00Z`
 * sorts after `…:00.500Z`. Decision: backups are normalised on entry (an offset is converted to
 * the same instant in UTC), and new writes (app, sync) refuse anything not in UTC.
 */

/** Record fields that hold timestamps (sync fields and the review workflow's marks). */
export const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'deletedAt', 'finalisedAt', 'finishedAt', 'revealedAt'] as const;

const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?[+-]\d{2}:\d{2}$/;

/** True for an ISO timestamp in UTC (`…Z`), the only form new writes may store. */
export function isUtcTimestamp(value: string): boolean {
  return UTC_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/** The same instant in the canonical UTC form; values that are not timestamps with an offset are returned unchanged. */
export function toUtcTimestamp(value: string): string {
  if (!OFFSET_TIMESTAMP.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** A copy of the record with every timestamp field in UTC, or the record itself when nothing changes. */
export function withUtcTimestamps<T extends Record<string, unknown>>(record: T): T {
  let copy: Record<string, unknown> | null = null;
  for (const field of TIMESTAMP_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const utc = toUtcTimestamp(value);
    if (utc !== value) {
      copy ??= { ...record };
      copy[field] = utc;
    }
  }
  return (copy ?? record) as T;
}

/** Milliseconds since the epoch, or null when the value is not a readable timestamp. */
export function instantOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Negative when a is earlier, positive when later, 0 when the same instant (null sorts first). */
export function compareInstants(a: unknown, b: unknown): number {
  const x = instantOf(a);
  const y = instantOf(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return x - y;
}
