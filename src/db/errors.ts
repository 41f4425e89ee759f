import type * as z from 'zod/mini';
import type { ItemId } from '../domain/fidelity/items';
import type { IntegrityProblem } from '../domain/integrity/problems';

type ZodIssue = z.core.$ZodIssue;

/** A record failed its schema before anything was written; `issues` says which field and why. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly table: string,
    readonly issues: readonly ZodIssue[],
  ) {
    super(`Invalid ${table} record: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}

/** A final review is the record of what was agreed; it must be reopened before any edit. */
export class ReviewIsFinalError extends Error {
  override readonly name = 'ReviewIsFinalError';
  constructor(readonly reviewId: string) {
    super(`Review ${reviewId} is final; reopen it before editing`);
  }
}

/** Finalising needs a score on every item; the list lets the UI point at what is missing. */
export class ReviewIncompleteError extends Error {
  override readonly name = 'ReviewIncompleteError';
  constructor(
    readonly reviewId: string,
    readonly unratedItemIds: readonly ItemId[],
  ) {
    super(`Review ${reviewId} has unrated items: ${unratedItemIds.join(', ')}`);
  }
}

/**
 * The record is missing or tombstoned, e.g. deleted in another tab while this one still showed it.
 * Writing to a tombstone would silently resurrect data the user deleted.
 */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record ${id}`);
  }
}

/**
 * A text saved elsewhere (another tab, window or synced device) since this edit began: the field's
 * stored value is neither the text the edit started from nor the text being saved. Nothing was
 * written; `current` is the other text, for the user to choose between (issue 14 #5). Checked in
 * the write's own transaction, so no save can land between the check and the write.
 */
export class EditConflictError extends Error {
  override readonly name = 'EditConflictError';
  constructor(readonly current: string) {
    super('The text was changed elsewhere since this edit began');
  }
}

/**
 * Throws EditConflictError when `stored` moved away from `base` to something else than `next`. No
 * check without a base, or when the write does not change this text (`next` undefined).
 */
export function assertTextUnchanged(stored: string, base: string | undefined, next: string | undefined): void {
  if (base !== undefined && next !== undefined && stored !== base && stored !== next) throw new EditConflictError(stored);
}

/**
 * Records that are each valid but not together (issue 14 #1, #9): a duplicate rating, a reference to
 * another service, a merge into a final review… Thrown before anything is written; `problems` lists
 * the first ones and `problemCount` counts them all.
 */
export class IntegrityError extends Error {
  override readonly name: string = 'IntegrityError';
  constructor(
    readonly problems: readonly IntegrityProblem[],
    readonly problemCount: number = problems.length,
  ) {
    super(
      `${problemCount} integrity problem(s): ${problems
        .slice(0, 3)
        .map((p) => `${p.code} ${p.table} ${p.id}`)
        .join('; ')}`,
    );
  }
}

/** A restore refused by the invariant check; the preview showed the same problems. */
export class RestoreRefusedError extends IntegrityError {
  override readonly name = 'RestoreRefusedError';
}

/**
 * A hard delete of data this device shares with a team server (issue 17): replacing everything
 * from a backup, or deleting a service the team syncs. Done here it would delete the team's data
 * for everyone, so it is refused before anything is written.
 */
export class SyncedDataError extends Error {
  override readonly name = 'SyncedDataError';
  constructor(
    readonly kind: 'replace-restore' | 'delete-service',
    readonly serviceIds: readonly string[],
  ) {
    super(`Refused while team sync is on (${kind}): ${serviceIds.join(', ')}`);
  }
}
