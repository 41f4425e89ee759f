import type { checkIntegrity as CheckIntegrity } from '../../domain/integrity/check-records';
import type { IntegrityProblem, RecordsByTable } from '../../domain/integrity/problems';
import type { REFERENCES as References } from '../../domain/integrity/references';
import type { BackupTableName } from '../../domain/transfer/backup-table-names';
import type { BACKUP_TABLES as BackupTables } from '../../domain/transfer/backup-tables';
import type { FieldIssue, fieldIssues as FieldIssues } from '../../domain/transfer/record-issues';
import type { FidelioDb } from '../app-db';
import { storedAmong } from './stored-among';

/*
 * Records arriving from the team server pass the app's own invariants (issue 14's one checker,
 * src/domain/integrity) before Dexie shows them, as a restore's records do. The server checks only
 * the essentials (type, ids, service, score range); a device of an older or tampered app could still
 * send a second rating for one item, a reference to nothing or a change to a finished review. Such a
 * record is not applied: it stays in PouchDB untouched, is listed for the user in words, and is
 * tried again with every later batch (a contact that arrived before its employer is taken in as soon
 * as the employer arrives).
 */
type Row = Record<string, unknown>;

export interface Arrival {
  key: string;
  table: BackupTableName;
  record: Row;
}

/** What keeps one arrived document out of Dexie. */
export interface RefusedArrival {
  key: string;
  table: string;
  id: string;
  problems: IntegrityProblem[];
  /** Fields that do not fit the app's record schema (the one a backup is checked with). */
  fields?: FieldIssue[];
}

export interface ArrivalChecker {
  checkIntegrity: typeof CheckIntegrity;
  REFERENCES: typeof References;
  BACKUP_TABLES: typeof BackupTables;
  fieldIssues: typeof FieldIssues;
}

let loading: Promise<ArrivalChecker> | null = null;
/** The checker, loaded on demand; call BEFORE opening the transaction (an import awaited inside one commits it early). */
export function loadArrivalChecker(): Promise<ArrivalChecker> {
  loading ??= Promise.all([
    import('../../domain/integrity/check-records'),
    import('../../domain/integrity/references'),
    import('../../domain/transfer/backup-tables'),
    import('../../domain/transfer/record-issues'),
  ]).then(([check, references, tables, issues]) => ({
    checkIntegrity: check.checkIntegrity,
    REFERENCES: references.REFERENCES,
    BACKUP_TABLES: tables.BACKUP_TABLES,
    fieldIssues: issues.fieldIssues,
  }));
  return loading;
}

const REVIEW_PARTS = new Set(['ratings', 'recommendations']);
const PROBLEMS_KEPT = 3;

/**
 * Records that do not fit the app's own record schema (a field missing, of the wrong kind, too
 * long, unknown, or a personal identity code in a free text): the same check a backup's records
 * pass, so a record no screen of this app could have written is never shown or counted.
 */
function schemaRefusals(arrivals: readonly Arrival[], checker: ArrivalChecker): RefusedArrival[] {
  return arrivals.flatMap(({ key, table, record }) => {
    const parsed = checker.BACKUP_TABLES[table].schema.safeParse(record);
    if (parsed.success) return [];
    const fields = checker.fieldIssues(record, parsed.error.issues).slice(0, PROBLEMS_KEPT);
    return [{ key, table, id: String(record.id), problems: [], fields }];
  });
}

/**
 * The stored records the batch is checked against: each record's stored version, every record it
 * references, its service, and for anything of a review the review with its ratings and its other
 * records of natural-key tables. Read inside the caller's transaction.
 */
async function storedContext(
  db: FidelioDb,
  arrivals: readonly Arrival[],
  references: Partial<Record<string, Record<string, string>>>,
): Promise<RecordsByTable> {
  const wanted = new Map<string, Set<string>>();
  const want = (table: string, id: unknown) => {
    if (typeof id !== 'string') return;
    if (!wanted.has(table)) wanted.set(table, new Set());
    wanted.get(table)!.add(id);
  };
  const reviewIds = new Set<string>();
  for (const { table, record } of arrivals) {
    want(table, record.id);
    want('services', record.serviceId);
    for (const [field, target] of Object.entries(references[table] ?? {})) {
      const value = record[field];
      for (const id of Array.isArray(value) ? value : [value]) want(target, id);
    }
    if (table === 'reviews') reviewIds.add(String(record.id));
    else if (typeof record.reviewId === 'string') reviewIds.add(record.reviewId);
  }
  for (const id of reviewIds) want('reviews', id);
  const stored: Record<string, Row[]> = {};
  const byId = new Map<string, Row>();
  const add = (table: string, rows: readonly (Row | undefined)[]) => {
    for (const row of rows) {
      if (!row || byId.has(`${table}:${String(row.id)}`)) continue;
      byId.set(`${table}:${String(row.id)}`, row);
      (stored[table] ??= []).push(row);
    }
  };
  for (const [table, ids] of wanted) add(table, (await storedAmong(db.table(table), [...ids])) as (Row | undefined)[]);
  for (const table of ['ratings', 'reviewerRatings', 'reviewerStatuses']) {
    if (reviewIds.size > 0)
      add(
        table,
        (await db
          .table(table)
          .where('reviewId')
          .anyOf([...reviewIds])
          .toArray()) as Row[],
      );
  }
  return stored as RecordsByTable;
}

const sameContent = (a: Row, b: Row) => JSON.stringify({ ...a, updatedAt: null }) === JSON.stringify({ ...b, updatedAt: null });

/**
 * A rating or recommendation of a review that is final, changed after the review was finalised:
 * the device that wrote it had not seen the finalisation (or ignored it). Reopening travels as the
 * review's own change and is not refused; a change made before finalisation is part of the final
 * review and is taken in.
 */
function changesAfterFinal(incoming: readonly Arrival[], stored: RecordsByTable): { key: string; problem: IntegrityProblem }[] {
  const reviews = new Map<string, Row>();
  for (const review of stored.reviews ?? []) reviews.set(String(review.id), review);
  for (const { table, record } of incoming) if (table === 'reviews') reviews.set(String(record.id), record);
  const before = new Map<string, Row>();
  for (const table of REVIEW_PARTS) for (const row of stored[table as BackupTableName] ?? []) before.set(`${table}:${String(row.id)}`, row);
  const services = new Map((stored.services ?? []).map((s) => [String(s.id), s]));
  const found: { key: string; problem: IntegrityProblem }[] = [];
  for (const { key, table, record } of incoming) {
    if (!REVIEW_PARTS.has(table)) continue;
    const review = reviews.get(String(record.reviewId));
    if (!review || review.status !== 'final' || review.deletedAt !== null || typeof review.finalisedAt !== 'string') continue;
    const old = before.get(key);
    if (old && sameContent(old, record)) continue;
    if (String(record.updatedAt) <= review.finalisedAt) continue;
    const score = (row: Row | undefined) => (typeof row?.score === 'number' ? row.score : 0);
    found.push({
      key,
      problem: {
        code: 'final-review-changed',
        table: 'reviews',
        id: String(review.id),
        serviceName: String(services.get(String(review.serviceId))?.name ?? ''),
        firstDay: String(review.firstDay),
        before: score(old),
        after: score(record),
      },
    });
  }
  return found;
}

/**
 * Splits a batch into what may be applied and what is refused, with the problems in words for the
 * user. Refusing a record can leave another dangling (a contact of a refused employer), so the
 * check runs again on what is left until nothing more is refused.
 */
export async function checkArrivals(
  db: FidelioDb,
  arrivals: readonly Arrival[],
  checker: ArrivalChecker,
): Promise<{ accepted: Arrival[]; refused: RefusedArrival[] }> {
  if (arrivals.length === 0) return { accepted: [], refused: [] };
  const { checkIntegrity, REFERENCES } = checker;
  const refused = new Map<string, RefusedArrival>(schemaRefusals(arrivals, checker).map((entry) => [entry.key, entry]));
  let accepted = arrivals.filter((arrival) => !refused.has(arrival.key));
  const stored = await storedContext(db, accepted, REFERENCES);
  const refuse = (arrival: Arrival, problem: IntegrityProblem) => {
    const entry = refused.get(arrival.key) ?? { key: arrival.key, table: arrival.table, id: String(arrival.record.id), problems: [] };
    if (entry.problems.length < PROBLEMS_KEPT) entry.problems.push(problem);
    refused.set(arrival.key, entry);
  };
  for (let round = 0; round < 20 && accepted.length > 0; round += 1) {
    const byKey = new Map(accepted.map((arrival) => [arrival.key, arrival]));
    const incoming: Partial<Record<BackupTableName, Row[]>> = {};
    for (const { table, record } of accepted) (incoming[table] ??= []).push(record);
    const report = checkIntegrity(incoming, stored, { maxProblems: Number.MAX_SAFE_INTEGER });
    const bad = new Set<string>();
    for (const problem of report.problems) {
      const own = byKey.get(`${problem.table}:${problem.id}`);
      // A final review left incomplete by a batch that only carries ratings: those ratings are the cause.
      const culprits = own
        ? [own]
        : problem.code === 'final-incomplete'
          ? accepted.filter((a) => a.table === 'ratings' && a.record.reviewId === problem.id)
          : [];
      for (const culprit of culprits) {
        refuse(culprit, problem);
        bad.add(culprit.key);
      }
    }
    for (const { key, problem } of changesAfterFinal(accepted, stored)) {
      refuse(byKey.get(key)!, problem);
      bad.add(key);
    }
    if (bad.size === 0) break;
    accepted = accepted.filter((arrival) => !bad.has(arrival.key));
  }
  return { accepted, refused: [...refused.values()] };
}
