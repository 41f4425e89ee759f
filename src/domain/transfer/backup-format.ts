import { isLegacyJob, linkJobsToEmployers, type LegacyJob } from '../employers/job-employers';
import type { Employer } from '../records/employers';
import type { BackupTableName } from './backup-tables';
import type { Envelope, FileFormat, FileProblem } from './versioned-file';

/** What a backup file says it is; any other `format` is a different kind of file. */
export const BACKUP_FORMAT = 'fidelio-backup';
/**
 * Raise with an entry in BACKUP_FILE.upgrades below and a fixture in test/fixtures/backups/.
 * 2 (schema version 10, issues 15 and 16): a job names its employer by directory id, not by text,
 * and may carry the answers behind "competitive".
 */
export const BACKUP_VERSION = 2;
/**
 * Larger files are refused from File.size before reading (reliability.md #26): parsing JSON takes
 * several times the file's size in memory, which a tablet may not have. A busy service's years of
 * employer contacts are the largest part of a real backup: 200,000 contacts (the benchmark's
 * dataset, about 90 MB with everything else) must still restore, so the cap sits above that.
 */
export const MAX_BACKUP_BYTES = 150 * 1000 * 1000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasStrings = (record: Record<string, unknown>, fields: readonly string[]) => fields.every((f) => typeof record[f] === 'string');

/**
 * Version 1 → 2: jobs that name their employer as text are linked to the file's employers the way
 * the database upgrade links stored ones (../employers/job-employers.ts), so an entry created for
 * a name gets the same id as on a device that upgraded. Records too malformed to link are left as
 * they are: the record checks that follow name their problems.
 */
function linkBackupJobs(envelope: Envelope): Envelope {
  const data = envelope.data;
  if (!isRecord(data) || !Array.isArray(data.jobs)) return { ...envelope, version: 2 };
  const linkable = (row: unknown): row is LegacyJob =>
    isRecord(row) &&
    isLegacyJob(row) &&
    hasStrings(row, ['id', 'serviceId', 'createdAt']) &&
    (row.deletedAt === null || typeof row.deletedAt === 'string');
  const employers = (Array.isArray(data.employers) ? data.employers : []).filter(
    (row): row is Employer =>
      isRecord(row) &&
      hasStrings(row, ['id', 'serviceId', 'name', 'createdAt']) &&
      (row.deletedAt === null || typeof row.deletedAt === 'string'),
  );
  const legacy = data.jobs.filter(linkable);
  const { jobs, created } = linkJobsToEmployers(legacy, employers);
  const linked = new Map(jobs.map((job) => [job.id, job]));
  const known = new Set((Array.isArray(data.employers) ? data.employers : []).map((row) => (isRecord(row) ? row.id : undefined)));
  const rows = data.jobs.map((row) => (linkable(row) ? linked.get(row.id) : row));
  const addedEmployers = created.filter((employer) => !known.has(employer.id));
  // A malformed employers entry stays as it is, for the checks to name.
  const canAdd = data.employers === undefined || Array.isArray(data.employers);
  const employerRows = Array.isArray(data.employers) ? data.employers : [];
  const withEmployers = canAdd && addedEmployers.length > 0 ? { employers: [...employerRows, ...addedEmployers] } : {};
  return { ...envelope, version: 2, data: { ...data, jobs: rows, ...withEmployers } };
}

/**
 * The backup as one of Fidelio's versioned files (versioned-file.ts). Upgrades of older backup
 * versions go in `upgrades`, each pure and with a fixture of its source version in
 * test/fixtures/backups/.
 */
export const BACKUP_FILE: FileFormat = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  maxBytes: MAX_BACKUP_BYTES,
  fields: ['data'],
  upgrades: { 1: linkBackupJobs },
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
