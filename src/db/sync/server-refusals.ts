import type { FidelioDb } from '../app-db';
import type { LocalPouch, SyncDoc } from './pouch-types';
import { remoteConnection } from './remote-connection';
import { parseDocId } from './synced-tables';

/*
 * Changes of this device that the team server refused (its validate_doc_update answered 403, e.g.
 * a record the server's essentials do not accept, or a write to another reviewer's ratings).
 * Replication moves past a refused revision and never sends it again, so without this the change
 * would stay on this device only, unseen. Each refusal is kept in syncState with the server's
 * reason, counted in the status and listed on the Conflicts screen, where the person either sends
 * the change again (after the cause is fixed) or takes the team's version, which drops this
 * device's change everywhere on this device. Nothing is dropped without that choice.
 */
export const deniedKey = (serviceId: string) => `denied:${serviceId}`;
/** Revisions this device wrote to take the team's version of a record: refused again, they are not listed again. */
const settledKey = (serviceId: string) => `settled:${serviceId}`;

/** Why the server refused, as the app explains it (sync.denied.reason.*). */
export type DeniedReason = 'not-member' | 'not-own' | 'other-service' | 'score' | 'malformed' | 'other';

export interface DeniedChange {
  key: string;
  table: string;
  id: string;
  /** How users know the record (a name or a client's code), when it has one. */
  label: string | null;
  reason: DeniedReason;
  /** The server's own words, kept for whoever looks after the server. */
  serverText: string;
  /** When the server refused it (ISO time). */
  at: string;
}

/** Maps the server's reason (scripts/team-server/validation.mjs, CouchDB's own) to the app's words. */
export function deniedReason(serverText: string, status?: number): DeniedReason {
  if (status === 401 || /not a member|unauthori[sz]ed/i.test(serverText)) return 'not-member';
  if (/their own|belong to/i.test(serverText)) return 'not-own';
  if (/another service/i.test(serverText)) return 'other-service';
  if (/score/i.test(serverText)) return 'score';
  if (/unknown table|no record|no id|document id|schema version|createdAt|only its own service|needs its item/i.test(serverText))
    return 'malformed';
  return 'other';
}

function labelOf(doc: SyncDoc | undefined): string | null {
  const record = doc?.record;
  for (const field of ['name', 'code', 'title']) {
    const value = record?.[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

async function readList<T>(db: FidelioDb, key: string): Promise<T[]> {
  const value = (await remoteConnection(db).syncState.get(key))?.value;
  return Array.isArray(value) ? (value as T[]) : [];
}

async function writeList<T>(db: FidelioDb, key: string, list: readonly T[]): Promise<void> {
  await remoteConnection(db).syncState.put({ key, value: list });
}

/** What PouchDB's replication reports for one refused document. */
export interface DenialEvent {
  id?: string;
  reason?: string;
  message?: string;
  status?: number;
}

/** Keeps one refusal (the latest per record) unless it is the team's own version being refused again. */
export async function recordDenial(db: FidelioDb, serviceId: string, local: LocalPouch, denial: DenialEvent, now: Date): Promise<void> {
  const key = denial.id;
  const parsed = key ? parseDocId(key) : null;
  if (!key || !parsed) return;
  const doc = await local.get(key).catch(() => undefined);
  const settled = await readList<{ key: string; rev: string }>(db, settledKey(serviceId));
  if (doc?._rev && settled.some((entry) => entry.key === key && entry.rev === doc._rev)) return;
  const serverText = denial.reason ?? denial.message ?? '';
  const entry: DeniedChange = {
    key,
    table: parsed.table,
    id: parsed.id,
    label: labelOf(doc),
    reason: deniedReason(serverText, denial.status),
    serverText,
    at: now.toISOString(),
  };
  const list = (await readList<DeniedChange>(db, deniedKey(serviceId))).filter((other) => other.key !== key);
  await writeList(
    db,
    deniedKey(serviceId),
    [...list, entry].sort((a, b) => a.key.localeCompare(b.key)),
  );
}

async function forget(db: FidelioDb, serviceId: string, key: string): Promise<void> {
  const list = await readList<DeniedChange>(db, deniedKey(serviceId));
  await writeList(
    db,
    deniedKey(serviceId),
    list.filter((entry) => entry.key !== key),
  );
}

/**
 * Keeps this device's version and sends it again, e.g. once the person is a member again or the
 * server accepts it: a new revision with the same content, which replication sends like any other.
 */
export async function sendAgain(db: FidelioDb, serviceId: string, local: LocalPouch, key: string): Promise<void> {
  const doc = await local.get(key);
  await local.bulkDocs([{ ...doc }]);
  await forget(db, serviceId, key);
}

/** The server's copy of a document as a signed-in member reads it. */
export interface TeamCopy {
  get(id: string): Promise<SyncDoc>;
}

/**
 * Drops this device's refused change and shows the team's version of the record: the server's
 * current content becomes a new revision on top of the refused one (so this device and the server
 * agree again), or, for a record the server never had, the record is removed from this device
 * (a tombstone in PouchDB, which ./apply.ts removes from Dexie). Fails, changing nothing, when the
 * server cannot be reached.
 */
export async function takeTeamVersion(db: FidelioDb, serviceId: string, local: LocalPouch, team: TeamCopy, key: string): Promise<void> {
  const onServer = await team.get(key).catch((error: { status?: number }) => {
    if (error?.status === 404) return null;
    throw error;
  });
  const mine = await local.get(key);
  const next: SyncDoc = onServer
    ? { _id: key, _rev: mine._rev, table: onServer.table, schema: onServer.schema, record: onServer.record, owner: onServer.owner }
    : { _id: key, _rev: mine._rev, _deleted: true };
  const [written] = await local.bulkDocs([next]);
  if (!written?.rev || written.error) throw new Error(`Could not take the team's version of ${key}: ${written?.message ?? ''}`);
  const settled = (await readList<{ key: string; rev: string }>(db, settledKey(serviceId))).filter((entry) => entry.key !== key);
  await writeList(db, settledKey(serviceId), [...settled, { key, rev: written.rev }]);
  await forget(db, serviceId, key);
}

/** The refused changes of the given services, for the status count. */
export async function deniedCount(db: FidelioDb, serviceIds: readonly string[]): Promise<number> {
  let count = 0;
  for (const id of serviceIds) count += (await readList<DeniedChange>(db, deniedKey(id))).length;
  return count;
}
