import type { IntegrityOptions } from '../domain/integrity/check-records';
import type { RecordsByTable } from '../domain/integrity/problems';
import type { Review } from '../domain/records/review';
import type { FidelioDb } from './app-db';
import { IntegrityError } from './errors';

export type AssertIntegrity = (incoming: RecordsByTable, stored: RecordsByTable, options?: IntegrityOptions) => void;

let loaded: Promise<AssertIntegrity> | null = null;

/**
 * The app's own writes pass the same invariant check as restores and sync (issue 14). The checker
 * is loaded on the first write, not at start-up (the scoring screen's JavaScript has a budget), so
 * a write gets it BEFORE opening its transaction — an import awaited inside one would let it commit
 * early — and calls it inside the transaction, before writing: throwing aborts the transaction.
 */
export function loadIntegrityCheck(): Promise<AssertIntegrity> {
  loaded ??= import('../domain/integrity/check-records').then(({ checkIntegrity }) => (incoming, stored, options) => {
    const report = checkIntegrity(incoming, stored, options);
    if (report.total > 0) throw new IntegrityError(report.problems, report.total);
  });
  return loaded;
}

/**
 * What a write to one review's ratings is checked against: the review, its service and the records
 * of `table` of that review — only those of one item when `itemId` is given (a score or note typed
 * on one item must stay fast: the consensus screen writes 23 in a row). Read inside the caller's
 * transaction.
 */
export async function reviewContext(
  db: FidelioDb,
  review: Review,
  table: 'ratings' | 'reviewerRatings' | 'reviewerStatuses',
  itemId?: string,
): Promise<RecordsByTable> {
  const service = await db.services.get(review.serviceId);
  const query =
    itemId === undefined
      ? db.table(table).where('reviewId').equals(review.id)
      : db.table(table).where('[reviewId+itemId]').equals([review.id, itemId]);
  const siblings = (await query.toArray()) as Record<string, unknown>[];
  return { services: service ? [service] : [], reviews: [review], [table]: siblings };
}
