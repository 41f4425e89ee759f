import type { BackupTableName } from '../transfer/backup-table-names';

/** Records by table, as in a backup's data or a batch arriving from sync. */
export type RecordsByTable = Partial<Record<BackupTableName, readonly Record<string, unknown>[]>>;

/** Where a problem is: the table and the record's id. */
interface At {
  table: BackupTableName;
  id: string;
}

/**
 * What can be wrong with records that are each valid alone but not together (issue 14 #1, #9), as
 * values the UI translates (backup.integrity.* in src/i18n/fi|en/backup.json).
 */
export type IntegrityProblem =
  /** `field` names a record that is neither in the batch nor stored. */
  | (At & { code: 'dangling-reference'; field: string; target: BackupTableName; targetId: string })
  /** `field` names a record of another service (a client of service B on a contact of service A). */
  | (At & { code: 'other-service-reference'; field: string; target: BackupTableName; targetId: string })
  /** The id is already used by a record of another service: writing it would move that record. */
  | (At & { code: 'moves-service'; fromServiceId: string; toServiceId: string })
  /** A second live record for the same review and item (reviewer, …) as `otherId`. */
  | (At & { code: 'duplicate-natural-key'; otherId: string })
  /** A final review without a score on all 25 items. */
  | (At & { code: 'final-incomplete'; rated: number })
  /** A review whose first day is after its last. */
  | (At & { code: 'days-reversed'; firstDay: string; lastDay: string })
  /** An array longer than its limit, e.g. 8 million data sources on one rating. */
  | (At & { code: 'too-many-values'; field: string; count: number; max: number })
  /** The same value twice in a list that is a set (data sources, a contact's clients). */
  | (At & { code: 'repeated-values'; field: string })
  /** A timestamp not in UTC (`…Z`): it would compare wrongly as text. */
  | (At & { code: 'not-utc-time'; field: string; value: string })
  /** A merge would change a review that is final on this device: refused until it is reopened here. */
  | (At & { code: 'final-review-changed'; serviceName: string; firstDay: string; before: number; after: number });

export type IntegrityCode = IntegrityProblem['code'];

export interface IntegrityReport {
  /** The first problems found (at most `maxProblems`), in the order of the batch. */
  problems: IntegrityProblem[];
  /** How many problems there are in all. */
  total: number;
}

/** Problems listed before the rest are only counted: a file with 30,000 bad records must not freeze the screen. */
export const MAX_LISTED_PROBLEMS = 100;

/** Keeps the first problems and counts all of them, never building one huge array (issue 14 #7). */
export class ProblemCollector<P> {
  readonly problems: P[] = [];
  total = 0;
  constructor(readonly max: number = MAX_LISTED_PROBLEMS) {}

  add(problem: P): void {
    this.total += 1;
    if (this.problems.length < this.max) this.problems.push(problem);
  }

  /** Counts `count` problems of which only the first few are built (by `make`, called per listed one). */
  addMany(count: number, make: (index: number) => P): void {
    for (let index = 0; index < count && this.problems.length < this.max; index += 1) this.problems.push(make(index));
    this.total += count;
  }
}
