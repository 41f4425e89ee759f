import { checkPhaseChange, clientState, sortEvents, type Phase, type PhaseChangeRequest } from '../../domain/caseload/phases';
import { normaliseCode } from '../../domain/caseload/drafts';
import {
  AssignmentSchema,
  ClientSchema,
  isLiveClient,
  PhaseChangeSchema,
  type Client,
  type ClientDraft,
} from '../../domain/records/caseload';
import type { IsoDate } from '../../domain/dates';
import type { FidelioDb } from '../app-db';
import { CaseloadRuleError } from '../caseload-errors';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { isLive } from '../../domain/records/base';
import { compareOrdinal } from '../../domain/collation';

async function liveClient(db: FidelioDb, id: string): Promise<Client> {
  const client = await db.clients.get(id);
  if (!isLiveClient(client)) throw new RecordNotFoundError('clients', id);
  return client;
}

/** Within a transaction: a client code is unique among the service's live clients. */
async function assertUniqueCode(db: FidelioDb, serviceId: string, code: string, exceptId: string | null): Promise<void> {
  const key = normaliseCode(code);
  const clash = await db.clients
    .where('serviceId')
    .equals(serviceId)
    .filter((c) => isLiveClient(c) && c.id !== exceptId && normaliseCode(c.code) === key)
    .count();
  if (clash > 0) throw new CaseloadRuleError('clients', 'code', 'duplicate-code');
}

async function assertStaffOfService(db: FidelioDb, serviceId: string, staffId: string | null): Promise<void> {
  if (staffId === null) return;
  const member = await db.staff.get(staffId);
  if (!member || member.deletedAt || member.serviceId !== serviceId) throw new RecordNotFoundError('staff', staffId);
}

const historyOf = async (db: FidelioDb, clientId: string) =>
  (await db.phaseChanges.where('clientId').equals(clientId).toArray()).filter(isLive);

export interface NewClient {
  draft: ClientDraft;
  /** Null: referred and waiting for a start. */
  start: { date: IsoDate; phase: Phase } | null;
  specialistId: string | null;
}

/**
 * Adds a client with their first assignment and, when already started, the phase they start in.
 * One transaction: a client never exists without the history that gives their phase.
 */
export async function createClient(db: FidelioDb, serviceId: string, input: NewClient, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  const sync = { serviceId, createdAt: at, updatedAt: at, deletedAt: null };
  await db.transaction('rw', [db.services, db.staff, db.clients, db.phaseChanges, db.assignments], async () => {
    const service = await db.services.get(serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', serviceId);
    const client = validated(ClientSchema, 'clients', {
      id,
      ...sync,
      ...input.draft,
      startDate: input.start?.date ?? null,
    } satisfies Client);
    await assertUniqueCode(db, serviceId, client.code, null);
    await assertStaffOfService(db, serviceId, input.specialistId);
    await db.clients.add(client);
    if (input.specialistId !== null) {
      const date = input.start?.date ?? client.referralDate;
      await db.assignments.add(
        validated(AssignmentSchema, 'assignments', { id: newId(), ...sync, clientId: id, staffId: input.specialistId, date }),
      );
    }
    if (input.start) {
      const change = {
        id: newId(),
        ...sync,
        clientId: id,
        date: input.start.date,
        kind: 'move',
        phase: input.start.phase,
        closureReason: null,
      };
      await db.phaseChanges.add(validated(PhaseChangeSchema, 'phaseChanges', change));
    }
  });
  return id;
}

/** Edits code, referral and notes; the referral may not move after the start or the first recorded change. */
export async function updateClient(db: FidelioDb, id: string, draft: ClientDraft, now: Date): Promise<void> {
  await db.transaction('rw', [db.clients, db.phaseChanges], async () => {
    const existing = await liveClient(db, id);
    const next = validated(ClientSchema, 'clients', { ...existing, ...draft, updatedAt: toTimestamp(now) } satisfies Client);
    await assertUniqueCode(db, existing.serviceId, next.code, id);
    const first = sortEvents(await historyOf(db, id))[0];
    if (first && first.date < next.referralDate) throw new CaseloadRuleError('clients', 'referralDate', 'start-before-referral');
    await db.clients.put(next);
  });
}

/** Accepts a waiting client onto the caseload on `date`, in `phase` (usually 1). */
export async function startClient(db: FidelioDb, id: string, date: IsoDate, phase: Phase, today: IsoDate, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db.transaction('rw', [db.clients, db.phaseChanges], async () => {
    const client = await liveClient(db, id);
    const events = await historyOf(db, id);
    if (clientState(events).status !== 'waiting') throw new CaseloadRuleError('phaseChanges', 'kind', 'already-started');
    const started = { ...client, startDate: client.startDate ?? date };
    const problem = checkPhaseChange(started, events, { kind: 'move', date, phase, closureReason: null }, today);
    if (problem) throw new CaseloadRuleError('phaseChanges', 'date', problem);
    await db.clients.put(validated(ClientSchema, 'clients', { ...started, updatedAt: at }));
    const change = {
      id: newId(),
      serviceId: client.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      clientId: id,
      date,
      kind: 'move',
      phase,
      closureReason: null,
    };
    await db.phaseChanges.add(validated(PhaseChangeSchema, 'phaseChanges', change));
  });
}

/**
 * Records a move, a closure or a reopening (issue 3, "Phases"). A reopen returns the client to the
 * phase they were in when closed. The rules are checked against the stored history inside the
 * transaction, so two tabs cannot record changes out of order.
 */
export async function recordPhaseChange(
  db: FidelioDb,
  clientId: string,
  request: PhaseChangeRequest,
  today: IsoDate,
  now: Date,
): Promise<void> {
  const at = toTimestamp(now);
  await db.transaction('rw', [db.clients, db.phaseChanges], async () => {
    const client = await liveClient(db, clientId);
    const events = await historyOf(db, clientId);
    const phase = request.kind === 'reopen' ? clientState(events).phaseBeforeClosure : request.kind === 'close' ? null : request.phase;
    const problem = checkPhaseChange(client, events, { ...request, phase }, today);
    if (problem) throw new CaseloadRuleError('phaseChanges', 'date', problem);
    const change = {
      id: newId(),
      serviceId: client.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      clientId,
      date: request.date,
      kind: request.kind,
      phase,
      closureReason: request.kind === 'close' ? request.closureReason : null,
    };
    await db.phaseChanges.add(validated(PhaseChangeSchema, 'phaseChanges', change));
  });
}

/**
 * Reassigns a client (null: unassigned) from `date`. A new record, so the earlier specialists stay
 * in the history; the date may not be before the last assignment or in the future.
 */
export async function reassignClient(
  db: FidelioDb,
  clientId: string,
  staffId: string | null,
  date: IsoDate,
  today: IsoDate,
  now: Date,
): Promise<void> {
  const at = toTimestamp(now);
  await db.transaction('rw', [db.clients, db.staff, db.assignments], async () => {
    const client = await liveClient(db, clientId);
    await assertStaffOfService(db, client.serviceId, staffId);
    if (date > today) throw new CaseloadRuleError('assignments', 'date', 'date-in-future');
    const history = (await db.assignments.where('clientId').equals(clientId).toArray()).filter(isLive);
    const last = history.sort((a, b) => compareOrdinal(a.date, b.date) || compareOrdinal(a.createdAt, b.createdAt)).at(-1);
    if (last && date < last.date) throw new CaseloadRuleError('assignments', 'date', 'date-before-last-change');
    if ((last?.staffId ?? null) === staffId) throw new CaseloadRuleError('assignments', 'staffId', 'same-specialist');
    const record = { id: newId(), serviceId: client.serviceId, createdAt: at, updatedAt: at, deletedAt: null, clientId, staffId, date };
    await db.assignments.add(validated(AssignmentSchema, 'assignments', record));
  });
}

/**
 * Deleting a client erases them (issue 14 #2): only a content-free tombstone stays, their history,
 * assignments and jobs go, and their id leaves employer contacts. See ./erase-client.ts.
 */
export { eraseClient as deleteClient } from './erase-client';
