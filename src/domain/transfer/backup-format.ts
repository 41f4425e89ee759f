import type { BackupTableName } from './backup-tables';
import type { FileFormat, FileProblem } from './versioned-file';

/** What a backup file says it is; any other `format` is a different kind of file. */
export const BACKUP_FORMAT = 'fidelio-backup';
/** Raise with an entry in BACKUP_FILE.upgrades below and a fixture in test/fixtures/backups/. */
export const BACKUP_VERSION = 1;
/**
 * Larger files are refused from File.size before reading (reliability.md #26): parsing JSON takes
 * several times the file's size in memory, which a tablet may not have. A busy service's years of
 * employer contacts are the largest part of a real backup: 200,000 contacts (the benchmark's
 * dataset, about 90 MB with everything else) must still restore, so the cap sits above that.
 */
export const MAX_BACKUP_BYTES = 150 * 1000 * 1000;

/**
 * The backup as one of Fidelio's versioned files (versioned-file.ts). Upgrades of older backup
 * versions go in `upgrades`, each pure and with a fixture of its source version in
 * test/fixtures/backups/; version 1 is the first released format, so there is nothing to upgrade yet.
 */
export const BACKUP_FILE: FileFormat = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  maxBytes: MAX_BACKUP_BYTES,
  fields: ['data'],
  upgrades: {},
};

/** Records by table; a table missing from a file has no records. */
export type BackupData = Partial<Record<BackupTableName, Record<string, unknown>[]>>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: BackupData;
}

/** Why one field of one record is not accepted; `path` is dotted, e.g. `reviewers.0`. */
export type RecordReason =
  | { reason: 'missing' }
  | { reason: 'wrong-type'; expected: string }
  | { reason: 'too-long'; max: number }
  | { reason: 'too-short'; min: number }
  | { reason: 'too-large'; max: number }
  | { reason: 'too-small'; min: number }
  | { reason: 'not-allowed'; allowed: string }
  | { reason: 'bad-format'; format: string }
  | { reason: 'unknown-field' }
  | { reason: 'forbidden-key' }
  | { reason: 'duplicate-id' }
  /** A free text holds a personal identity code (issue 14 #3); the file is refused, nothing stored. */
  | { reason: 'identity-code' }
  /** Not a calendar date (2025-02-30), or a last day before the first (a review, a period). */
  | { reason: 'invalid-date' }
  | { reason: 'days-reversed' }
  | { reason: 'invalid' };

export type RecordProblem = {
  code: 'invalid-record';
  table: BackupTableName;
  index: number;
  /** The record's own id (or key), when it has a readable one. */
  id: string | null;
  path: string;
} & RecordReason;

/** Everything that can be wrong with a backup file, as values the UI translates. */
export type BackupProblem =
  FileProblem | { code: 'no-data' } | { code: 'unknown-table'; table: string } | { code: 'not-a-list'; table: string } | RecordProblem;

/**
 * `problems` lists the first problems found (at most MAX_LISTED_PROBLEMS of src/domain/integrity);
 * `problemCount`, when given, is how many there are in all (issue 14 #7).
 */
export type RestoreResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[]; problemCount?: number };
