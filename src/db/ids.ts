/** Random ids, never auto-increment numbers, so records from two devices can merge later. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Stored timestamps are UTC ISO strings; the caller decides which instant is "now". */
export function toTimestamp(now: Date): string {
  return now.toISOString();
}
