import { clientState, sortEvents, type ClientState } from '../domain/caseload/phases';
import type { ClientRow } from '../domain/caseload/summary';
import {
  isLiveClient,
  type Assignment,
  type Client,
  type Job,
  type PhaseChange,
  type ReferralSource,
  type Staff,
  type StoredClient,
} from '../domain/records/caseload';
import type { StaffAbsence } from '../domain/records/staff-absence';
import type { Employer } from '../domain/records/employers';
import type { FidelioDb } from './app-db';
import { compareFinnish, compareOrdinal } from '../domain/collation';
import { isLive } from '../domain/records/base';

/*
 * Caseload reads for the live hooks. Every read skips tombstones. A client's phase and specialist
 * are derived here from their dated history (the last event decides), never stored twice.
 */
const byDateThenRecorded = (a: { date: string; createdAt: string }, b: { date: string; createdAt: string }) =>
  compareOrdinal(a.date, b.date) || compareOrdinal(a.createdAt, b.createdAt);

/** A service's recorded staff absences (not removed), oldest first. */
export async function listStaffAbsences(db: FidelioDb, serviceId: string): Promise<StaffAbsence[]> {
  const absences = (await db.staffAbsences.where('serviceId').equals(serviceId).toArray()).filter(isLive);
  return absences.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** The service's staff (also those who have left), by name. */
export async function listStaff(db: FidelioDb, serviceId: string): Promise<Staff[]> {
  const staff = (await db.staff.where('serviceId').equals(serviceId).toArray()).filter(isLive);
  return staff.sort((a, b) => compareFinnish(a.name, b.name));
}

/** The service's own referral sources, including removed ones so that old referrals keep their name. */
export async function listReferralSources(db: FidelioDb, serviceId: string): Promise<ReferralSource[]> {
  const sources = await db.referralSources.where('serviceId').equals(serviceId).toArray();
  return sources.sort((a, b) => compareFinnish(a.name, b.name));
}

function groupByClient<T extends { clientId: string; deletedAt: string | null }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    if (!isLive(record)) continue;
    const group = groups.get(record.clientId);
    if (group) group.push(record);
    else groups.set(record.clientId, [record]);
  }
  return groups;
}

/** The staff member of the latest assignment, or null (never assigned, or unassigned). */
export function currentSpecialist(assignments: readonly Assignment[]): string | null {
  return [...assignments].sort(byDateThenRecorded).at(-1)?.staffId ?? null;
}

export interface ServiceCaseload {
  staff: Staff[];
  rows: ClientRow[];
}

/**
 * Everything the caseload views and the client list need, in three index reads. With 3,000
 * clients this is one pass over each table; the views filter and page in memory.
 */
export async function loadServiceCaseload(db: FidelioDb, serviceId: string): Promise<ServiceCaseload> {
  const [staff, clients, changes, assignments] = await Promise.all([
    listStaff(db, serviceId),
    db.clients.where('serviceId').equals(serviceId).toArray(),
    db.phaseChanges.where('serviceId').equals(serviceId).toArray(),
    db.assignments.where('serviceId').equals(serviceId).toArray(),
  ]);
  return { staff, rows: caseloadRows(clients, changes, assignments) };
}

/** Each live client's row, its phase and specialist derived from its dated history (the last event decides). */
export function caseloadRows(
  clients: readonly StoredClient[],
  changes: readonly PhaseChange[],
  assignments: readonly Assignment[],
): ClientRow[] {
  const changesByClient = groupByClient(changes);
  const assignmentsByClient = groupByClient(assignments);
  return clients.filter(isLiveClient).map((client): ClientRow => ({
    id: client.id,
    code: client.code,
    referralDate: client.referralDate,
    startDate: client.startDate,
    specialistId: currentSpecialist(assignmentsByClient.get(client.id) ?? []),
    state: clientState(changesByClient.get(client.id) ?? []),
  }));
}

export interface ClientDetail {
  client: Client;
  state: ClientState;
  specialistId: string | null;
  /** Oldest first. */
  changes: PhaseChange[];
  assignments: Assignment[];
  /** Newest start first. */
  jobs: Job[];
  /** Codes of the service's other live clients, for the duplicate check when editing. */
  otherCodes: string[];
  /** The service's employer directory, by name: jobs name theirs from it (tombstones included, for old references). */
  employers: Employer[];
}

/** One client with their history; null when missing or deleted. */
export async function getClientDetail(db: FidelioDb, clientId: string): Promise<ClientDetail | null> {
  const client = await db.clients.get(clientId);
  if (!isLiveClient(client)) return null;
  const [changes, assignments, jobs, others, employers] = await Promise.all([
    db.phaseChanges.where('clientId').equals(clientId).toArray(),
    db.assignments.where('clientId').equals(clientId).toArray(),
    db.jobs.where('clientId').equals(clientId).toArray(),
    db.clients.where('serviceId').equals(client.serviceId).toArray(),
    db.employers.where('serviceId').equals(client.serviceId).toArray(),
  ]);
  const liveChanges = sortEvents(changes.filter(isLive));
  const liveAssignments = assignments.filter(isLive).sort(byDateThenRecorded);
  return {
    client,
    state: clientState(liveChanges),
    specialistId: currentSpecialist(liveAssignments),
    changes: liveChanges,
    assignments: liveAssignments,
    jobs: jobs.filter(isLive).sort((a, b) => compareOrdinal(b.startDate, a.startDate) || compareOrdinal(b.createdAt, a.createdAt)),
    otherCodes: others
      .filter(isLiveClient)
      .filter((other) => other.id !== clientId)
      .map((other) => other.code),
    employers: employers.sort((a, b) => compareFinnish(a.name, b.name)),
  };
}
