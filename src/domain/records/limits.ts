// Plain values of the record rules, without zod: screens and reads that need only these (the
// scoring screen's start-up JavaScript has a budget) import them from here; base.ts re-exports them.

/**
 * Not a tombstone. Reads apply it to the array a query returned, not through Dexie's filter(),
 * which walks a cursor record by record instead of one getAll.
 */
export const isLive = (record: { deletedAt: string | null }): boolean => record.deletedAt === null;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
