import {
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
import { decodeUtf8, droppedKeyPaths, NO_DROPPED_KEYS, parseJsonSafely } from './safe-json';

type Envelope = { format: string; version: number; exportedAt: string; data: Record<string, unknown> };

/**
 * Upgrades of older backup versions, by the version they start from: UPGRADES[n] turns the data
 * of a version-n file into version n+1 (Excalidraw's `restore` step, style.md). Version 1 is the
 * first released format, so there is nothing to upgrade yet. Each entry is pure and keeps a
 * fixture of its source version in test/fixtures/backups/.
 */
const UPGRADES: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

const ENVELOPE_FIELDS = new Set(['format', 'version', 'exportedAt', 'data']);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkEnvelope(value: unknown): { ok: true; envelope: Envelope } | { ok: false; problems: BackupProblem[] } {
  if (!isPlainObject(value)) return { ok: false, problems: [{ code: 'not-object' }] };
  if (value.format !== BACKUP_FORMAT) {
    return { ok: false, problems: [{ code: 'wrong-format', format: typeof value.format === 'string' ? value.format : '' }] };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problems: [{ code: 'bad-version' }] };
  if (version > BACKUP_VERSION) {
    return { ok: false, problems: [{ code: 'future-version', version, supported: BACKUP_VERSION }] };
  }
  const problems: BackupProblem[] = Object.keys(value)
    .filter((field) => !ENVELOPE_FIELDS.has(field))
    .map((field) => ({ code: 'unknown-field', field }));
  if (typeof value.exportedAt !== 'string' || !ISO_INSTANT.test(value.exportedAt)) problems.push({ code: 'bad-exported-at' });
  if (!isPlainObject(value.data)) problems.push({ code: 'no-data' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, envelope: value as Envelope };
}

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
  const checked = checkEnvelope(value);
  if (!checked.ok) return checked;
  let { data } = checked.envelope;
  for (let version = checked.envelope.version; version < BACKUP_VERSION; version += 1) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return { ok: false, problems: [{ code: 'bad-version' }] };
    data = upgrade(data);
  }

  const problems = new ProblemCollector<BackupProblem>();
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
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseJsonSafely(decoded.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return restoreBackup(parsed.value, parsed.dropped);
}
