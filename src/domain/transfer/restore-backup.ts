import {
  BACKUP_FILE,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupData,
  type BackupProblem,
  type RestoreResult,
} from './backup-format';
import { BACKUP_TABLES, isBackupTableName, type BackupTableName } from './backup-tables';
import { ProblemCollector } from '../integrity/problems';
import { withUtcTimestamps } from '../integrity/timestamps';
import { fieldIssues } from './record-issues';
import { droppedKeyPaths, NO_DROPPED_KEYS } from './safe-json';
import { parseFileBytes, readEnvelope } from './versioned-file';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function recordId(record: unknown, key: string): string | null {
  if (!isPlainObject(record)) return null;
  const id = record[key];
  return typeof id === 'string' && id.length <= 64 ? id : null;
}

/**
 * Checks one table's records into `problems`, which keeps the first ones and counts the rest: a file
 * with 30,000 bad records once overflowed the stack with `problems.push(...all)` (issue 14 #7).
 */
function checkTable(
  table: BackupTableName,
  rows: readonly unknown[],
  dropped: WeakMap<object, string[]>,
  problems: ProblemCollector<BackupProblem>,
): Record<string, unknown>[] {
  const { schema, key } = BACKUP_TABLES[table];
  const records: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const id = recordId(row, key);
    const at = { code: 'invalid-record', table, index, id } as const;
    for (const path of droppedKeyPaths(row, dropped)) problems.add({ ...at, path, reason: 'forbidden-key' });
    const result = schema.safeParse(row);
    if (!result.success) {
      for (const issue of fieldIssues(row, result.error.issues)) problems.add({ ...at, path: issue.path, ...issue.detail });
      return;
    }
    if (id !== null && seen.has(id)) problems.add({ ...at, path: key, reason: 'duplicate-id' });
    if (id !== null) seen.add(id);
    // Timestamps with an offset become the same instant in UTC, so newer-wins compares instants (issue 14 #9).
    records.push(withUtcTimestamps(result.data as Record<string, unknown>));
  });
  return records;
}

/**
 * Reads a parsed backup file of any released version (style.md: old export files keep importing):
 * checks the envelope, upgrades older versions step by step, then checks every record of every
 * table against its strict schema. Returns the backup in the current version, or EVERY problem
 * found (the first MAX_LISTED_PROBLEMS listed, all counted), each naming its table, record and field.
 */
export function restoreBackup(value: unknown, dropped: WeakMap<object, string[]> = NO_DROPPED_KEYS): RestoreResult {
  const checked = readEnvelope(value, BACKUP_FILE);
  if (!checked.ok) return checked;
  const problems = new ProblemCollector<BackupProblem>();
  for (const problem of checked.problems) problems.add(problem);
  const { data } = checked.envelope;
  if (!isPlainObject(data)) {
    problems.add({ code: 'no-data' });
    return { ok: false, problems: problems.problems, problemCount: problems.total };
  }
  const tables: BackupData = {};
  for (const [table, rows] of Object.entries(data)) {
    if (!isBackupTableName(table)) {
      problems.add({ code: 'unknown-table', table });
    } else if (!Array.isArray(rows)) {
      problems.add({ code: 'not-a-list', table });
    } else {
      tables[table] = checkTable(table, rows, dropped, problems);
    }
  }
  if (problems.total > 0) return { ok: false, problems: problems.problems, problemCount: problems.total };
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: checked.envelope.exportedAt, data: tables };
  return { ok: true, backup };
}

/** The whole path from a file's bytes to a checked backup (reliability.md #26–28). */
export function readBackupBytes(bytes: Uint8Array): RestoreResult {
  const parsed = parseFileBytes(bytes);
  return parsed.ok ? restoreBackup(parsed.value, parsed.dropped) : parsed;
}
