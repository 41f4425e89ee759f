import { BACKUP_TABLE_NAMES, type BackupTableName } from '../../domain/transfer/backup-table-names';

/**
 * The tables that travel to the team server (sync contract, docs/sync-contract.md): every table a
 * backup holds except the scale definitions, which are built into the app. Settings, markers and
 * sync's own bookkeeping are not in backups either. The server's copy
 * (scripts/team-server/validation.mjs, ES5 for CouchDB) is tested to be equal (test/sync/synced-tables.test.ts).
 */
export type SyncedTable = Exclude<BackupTableName, 'scales'>;
export const SYNCED_TABLES: readonly SyncedTable[] = BACKUP_TABLE_NAMES.filter((name): name is SyncedTable => name !== 'scales');

const SYNCED = new Set<string>(SYNCED_TABLES);
export const isSyncedTable = (name: string): name is SyncedTable => SYNCED.has(name);

/** A reviewer's own records: the server only lets their owner write them. */
export const OWNED_TABLES: ReadonlySet<string> = new Set(['reviewerRatings', 'reviewerStatuses']);

/**
 * The record format version of each table this app writes and understands. A document with a
 * higher one comes from a newer app: it is kept in PouchDB untouched and the user is asked to update.
 */
// 2 (issue 16, evidence rules version 2): services may carry contactLogReview, evidence snapshots
// rulesVersion and contactLogReview, and staffAbsences is a new table. An app of format 1 would refuse or drop those fields, so it keeps such records aside.
// 3 (schema version 10, issues 15 and 16): a job names its employer by directory id (`employerId`,
// no `employer` text) and carries `competitiveAnswers`. A format-2 app would refuse such a job, so it
// keeps it aside and asks for an update; a format-2 job arriving here lacks `employerId` and is
// refused in words by the arrival check until its device updates (its own upgrade links and resends it).
export const RECORD_SCHEMA = 3;

export const docId = (table: string, id: string): string => `${table}:${id}`;

export function parseDocId(key: string): { table: string; id: string } | null {
  const at = key.indexOf(':');
  if (at <= 0) return null;
  return { table: key.slice(0, at), id: key.slice(at + 1) };
}

/** The service's database on the team server (sync contract). */
export function serviceDbName(serviceId: string): string {
  return `fidelio-service-${serviceId.toLowerCase().replace(/[^a-z0-9_$()+-]/g, '_')}`;
}

/** The service ids a signed-in user is a member of, from their CouchDB roles. */
export function memberServiceIds(roles: readonly string[]): string[] {
  return roles.flatMap((role) => {
    const match = /^fidelio:(.+):member$/.exec(role);
    return match?.[1] ? [match[1]] : [];
  });
}
