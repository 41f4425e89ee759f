import { ITEM_COUNT } from '../fidelity/scoring';
import type { BackupTableName } from '../transfer/backup-table-names';
import { hasNaturalKey, naturalKeyOf, onePerNaturalKey, type NaturalKeyTable } from './natural-keys';
import { ProblemCollector, type IntegrityProblem, type IntegrityReport, type RecordsByTable } from './problems';
import { isBuiltInReference, LIST_LIMITS, REFERENCES } from './references';
import { reviewChanges } from './review-changes';
import { isUtcTimestamp, TIMESTAMP_FIELDS } from './timestamps';

type Row = Record<string, unknown>;

export interface IntegrityOptions {
  /**
   * A merge (restore in merge mode, a review file, sync): refuse any write that changes a review
   * that is final in `stored`. Off for a replace, which is the user choosing the file's state.
   */
  protectFinal?: boolean;
  /** How many problems are listed; the rest are only counted. */
  maxProblems?: number;
}

/** Records by table and id: the batch's version over the stored one, as the write would leave them. */
class RecordIndex {
  private readonly stored = new Map<string, Map<string, Row>>();
  private readonly incoming = new Map<string, Map<string, Row>>();

  constructor(incoming: RecordsByTable, stored: RecordsByTable) {
    for (const [table, rows] of Object.entries(stored)) this.stored.set(table, new Map(rows.map((row) => [String(row.id), row])));
    for (const [table, rows] of Object.entries(incoming)) this.incoming.set(table, new Map(rows.map((row) => [String(row.id), row])));
  }

  find(table: string, id: string): Row | undefined {
    return this.incoming.get(table)?.get(id) ?? this.stored.get(table)?.get(id);
  }

  storedRecord(table: string, id: string): Row | undefined {
    return this.stored.get(table)?.get(id);
  }

  isOverridden(table: string, id: string): boolean {
    return this.incoming.get(table)?.has(id) ?? false;
  }
}

const tablesOf = (records: RecordsByTable) => Object.entries(records) as [BackupTableName, readonly Row[]][];

function checkReferences(table: BackupTableName, row: Row, index: RecordIndex, out: ProblemCollector<IntegrityProblem>): void {
  const id = String(row.id);
  const serviceId = String(row.serviceId);
  const fields: [string, BackupTableName][] = Object.entries(REFERENCES[table] ?? {});
  if (table !== 'services') fields.unshift(['serviceId', 'services']);
  else if (serviceId !== id)
    out.add({ code: 'other-service-reference', table, id, field: 'serviceId', target: 'services', targetId: serviceId });
  for (const [field, target] of fields) {
    const value = row[field];
    const targetIds = Array.isArray(value) ? value : [value];
    for (const targetId of targetIds) {
      if (typeof targetId !== 'string' || isBuiltInReference(table, field, targetId)) continue;
      const found = index.find(target, targetId);
      if (!found) out.add({ code: 'dangling-reference', table, id, field, target, targetId });
      else if (String(found.serviceId) !== serviceId) out.add({ code: 'other-service-reference', table, id, field, target, targetId });
    }
  }
}

function checkRecord(table: BackupTableName, row: Row, index: RecordIndex, out: ProblemCollector<IntegrityProblem>): void {
  const id = String(row.id);
  for (const field of TIMESTAMP_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && !isUtcTimestamp(value)) out.add({ code: 'not-utc-time', table, id, field, value });
  }
  const before = index.storedRecord(table, id);
  if (before && before.serviceId !== row.serviceId) {
    out.add({ code: 'moves-service', table, id, fromServiceId: String(before.serviceId), toServiceId: String(row.serviceId) });
  }
  checkReferences(table, row, index, out);
  for (const [field, max] of Object.entries(LIST_LIMITS[table] ?? {})) {
    const list = row[field];
    if (!Array.isArray(list)) continue;
    if (list.length > max) out.add({ code: 'too-many-values', table, id, field, count: list.length, max });
    else if (new Set(list).size !== list.length) out.add({ code: 'repeated-values', table, id, field });
  }
  if (table === 'reviews' && typeof row.firstDay === 'string' && typeof row.lastDay === 'string' && row.firstDay > row.lastDay) {
    out.add({ code: 'days-reversed', table, id, firstDay: row.firstDay, lastDay: row.lastDay });
  }
}

/** One live record per natural key once the batch is written: a second one is a duplicate. */
function checkNaturalKeys(
  table: NaturalKeyTable,
  incoming: readonly Row[],
  stored: readonly Row[],
  index: RecordIndex,
  out: ProblemCollector<IntegrityProblem>,
): void {
  const owner = new Map<string, string>();
  for (const row of incoming) {
    const key = naturalKeyOf(table, row);
    if (key !== null && !owner.has(key)) owner.set(key, String(row.id));
  }
  if (owner.size === 0) return;
  for (const row of stored) {
    const key = naturalKeyOf(table, row);
    const id = String(row.id);
    if (key === null || index.isOverridden(table, id)) continue;
    const other = owner.get(key);
    if (other !== undefined && other !== id) out.add({ code: 'duplicate-natural-key', table, id: other, otherId: id });
  }
  const seen = new Map<string, string>();
  for (const row of incoming) {
    const key = naturalKeyOf(table, row);
    if (key === null) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, String(row.id));
    else out.add({ code: 'duplicate-natural-key', table, id: String(row.id), otherId: first });
  }
}

/** A final review (in the batch, or whose ratings the batch writes) has a score on all 25 items. */
function checkFinalReviews(
  incoming: RecordsByTable,
  stored: RecordsByTable,
  index: RecordIndex,
  out: ProblemCollector<IntegrityProblem>,
): void {
  const touched = new Set<string>();
  for (const review of incoming.reviews ?? []) touched.add(String(review.id));
  for (const rating of incoming.ratings ?? []) touched.add(String(rating.reviewId));
  const finals = [...touched].filter((id) => {
    const review = index.find('reviews', id);
    return review?.status === 'final' && review.deletedAt === null;
  });
  if (finals.length === 0) return;
  const wanted = new Set(finals);
  const ratings = new Map<string, Row[]>();
  const add = (row: Row) => {
    const reviewId = String(row.reviewId);
    if (wanted.has(reviewId)) ratings.set(reviewId, [...(ratings.get(reviewId) ?? []), row]);
  };
  for (const row of stored.ratings ?? []) if (!index.isOverridden('ratings', String(row.id))) add(row);
  for (const row of incoming.ratings ?? []) add(row);
  for (const reviewId of finals) {
    const rated = onePerNaturalKey('ratings', ratings.get(reviewId) ?? []).filter((r) => r.score !== null).length;
    if (rated < ITEM_COUNT) out.add({ code: 'final-incomplete', table: 'reviews', id: reviewId, rated });
  }
}

/**
 * THE invariant check for records entering the database (issue 14, "Invariants"): app writes,
 * backup restore (merge and replace), review files and sync call it with the batch they are about
 * to write and the records already stored that will stay (for a replace: none). Pure; nothing is
 * written when it reports a problem. Checks, for the batch's records:
 * - every reference (serviceId, reviewId, clientId, staffId, employerId, …) resolves to a record of
 *   the SAME service, in the batch or stored; an id already used by another service is refused;
 * - one consensus rating per review and item, one reviewer rating per review, reviewer and item,
 *   one status per reviewer per review (live records, natural keys);
 * - a final review has all 25 items rated; firstDay ≤ lastDay;
 * - lists within their limits and without repeats (data sources ≤ 4);
 * - timestamps in UTC (`…Z`);
 * - with protectFinal: no write changes a review that is final in `stored`.
 * Lists the first `maxProblems` problems and counts all of them.
 */
export function checkIntegrity(incoming: RecordsByTable, stored: RecordsByTable, options: IntegrityOptions = {}): IntegrityReport {
  const out = new ProblemCollector<IntegrityProblem>(options.maxProblems);
  const index = new RecordIndex(incoming, stored);
  for (const [table, rows] of tablesOf(incoming)) {
    if (table === 'scales') continue;
    for (const row of rows) checkRecord(table, row, index, out);
    if (hasNaturalKey(table)) checkNaturalKeys(table, rows, stored[table] ?? [], index, out);
  }
  checkFinalReviews(incoming, stored, index, out);
  if (options.protectFinal) {
    for (const change of reviewChanges(incoming, stored)) {
      if (!change.changesFinal) continue;
      const { reviewId, serviceName, firstDay, before, after } = change;
      out.add({ code: 'final-review-changed', table: 'reviews', id: reviewId, serviceName, firstDay, before: before ?? 0, after });
    }
  }
  return { problems: out.problems, total: out.total };
}
