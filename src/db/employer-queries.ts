import { addDays, type IsoDate } from '../domain/dates';
import { daysToFirstEmployerContact, visitNumbers } from '../domain/employers/contact-rules';
import { lastWeeks, weekEnd, weekStart, type IsoWeek } from '../domain/employers/weeks';
import { isLiveClient, type Client, type Job, type Staff } from '../domain/records/caseload';
import type { Employer, EmployerContact, EmployerContactPerson } from '../domain/records/employers';
import type { FidelioDb } from './app-db';
import { listStaff } from './caseload-queries';
import { compareFinnish, compareOrdinal } from '../domain/collation';
import { isLive } from '../domain/records/base';

/*
 * Reads for the contact log (issue 4). Everything a view shows is read through an index range
 * ([staffId+date], [employerId+date], *clientIds), never by scanning the service's whole log, so
 * the views stay quick with 200,000 contacts on the device. Every read skips tombstones.
 */
// Tombstones are dropped after the read, not with Collection.filter: a filter makes Dexie walk a
// cursor record by record, while a plain range read is one getAll (several times faster at 200,000).
const onlyLive = <T extends { deletedAt: string | null }>(records: T[]) => records.filter(isLive);
const newestFirst = (a: EmployerContact, b: EmployerContact) => compareOrdinal(b.date, a.date) || compareOrdinal(b.createdAt, a.createdAt);
/** How far back My week looks for open follow-ups and recent employers. */
export const FOLLOW_UP_LOOKBACK_DAYS = 365;

function staffRange(db: FidelioDb, staffId: string, from: IsoDate, to: IsoDate) {
  return db.employerContacts.where('[staffId+date]').between([staffId, from], [staffId, to], true, true);
}

function employerRange(db: FidelioDb, employerId: string, to: IsoDate = '\uffff') {
  return db.employerContacts.where('[employerId+date]').between([employerId, ''], [employerId, to], true, true);
}

/** The service's live employers by name, and their live contact people. */
export async function listEmployers(db: FidelioDb, serviceId: string): Promise<{ employers: Employer[]; people: EmployerContactPerson[] }> {
  const [employers, people] = await Promise.all([
    db.employers.where('serviceId').equals(serviceId).toArray(),
    db.employerContactPeople.where('serviceId').equals(serviceId).toArray(),
  ]);
  return {
    employers: employers.filter(isLive).sort((a, b) => compareFinnish(a.name, b.name)),
    people: people.filter(isLive).sort((a, b) => compareFinnish(a.name, b.name)),
  };
}

/** Visit numbers of the given contacts, from each of their employers' whole history up to `to`. */
async function visitNumbersFor(db: FidelioDb, contacts: readonly EmployerContact[], to: IsoDate): Promise<Map<string, number>> {
  const employerIds = [...new Set(contacts.map((c) => c.employerId))];
  const histories = await Promise.all(employerIds.map((id) => employerRange(db, id, to).toArray().then(onlyLive)));
  return visitNumbers(histories.flat());
}

export interface MyWeek {
  week: IsoWeek;
  /** Newest first. */
  contacts: EmployerContact[];
  visits: Map<string, number>;
  /** Contacts whose follow-up date is by the end of the week with no later contact with that employer. */
  followUps: EmployerContact[];
  /** Employer ids this specialist met most recently first. */
  recentEmployerIds: string[];
}

/**
 * One specialist's week: their contacts, the visit number of each, and open follow-ups. A
 * follow-up is done once anyone logs a later contact with the same employer.
 */
export async function loadMyWeek(db: FidelioDb, staffId: string, date: IsoDate): Promise<MyWeek> {
  const start = weekStart(date);
  const end = weekEnd(date);
  const recent = (await staffRange(db, staffId, addDays(start, -FOLLOW_UP_LOOKBACK_DAYS), end).toArray()).filter(isLive).sort(newestFirst);
  const contacts = recent.filter((c) => c.date >= start);
  const candidates = recent.filter((c) => c.followUpDate !== null && c.followUpDate <= end);
  const latestByEmployer = new Map<string, string>();
  await Promise.all(
    [...new Set(candidates.map((c) => c.employerId))].map(async (employerId) => {
      const last = await employerRange(db, employerId, end).filter(isLive).last();
      if (last) latestByEmployer.set(employerId, last.date);
    }),
  );
  const followUps = candidates
    .filter((c) => (latestByEmployer.get(c.employerId) ?? c.date) <= c.date)
    .sort((a, b) => compareOrdinal(a.followUpDate ?? '', b.followUpDate ?? ''));
  const recentEmployerIds = [...new Set(recent.map((c) => c.employerId))];
  return {
    week: lastWeeks(date, 1)[0] as IsoWeek,
    contacts,
    visits: await visitNumbersFor(db, contacts, end),
    followUps,
    recentEmployerIds,
  };
}

export interface TeamWeeks {
  weeks: IsoWeek[];
  /** Specialists in client work (fte > 0) during the 12 weeks, by name. */
  specialists: Staff[];
  /** Face-to-face and other contacts of those specialists within the 12 weeks. */
  contacts: EmployerContact[];
}

/** The 12 weeks ending with the week of `date`, for each counted specialist. */
export async function loadTeamWeeks(db: FidelioDb, serviceId: string, date: IsoDate): Promise<TeamWeeks> {
  const weeks = lastWeeks(date, 12);
  const from = weeks[0]?.start ?? date;
  const to = weeks.at(-1)?.end ?? date;
  const staff = await listStaff(db, serviceId);
  // The same people services-6 counts in the evidence (src/db/evidence-queries.ts): specialists
  // with client work (fte > 0), here also limited to those employed during the 12 weeks.
  const specialists = staff.filter(
    (s) => s.role === 'specialist' && s.fte > 0 && s.startDate <= to && (s.endDate === null || s.endDate >= from),
  );
  const perStaff = await Promise.all(specialists.map((s) => staffRange(db, s.id, from, to).toArray().then(onlyLive)));
  return { weeks, specialists, contacts: perStaff.flat() };
}

export interface EmployerHistory {
  employer: Employer;
  people: EmployerContactPerson[];
  /** Newest first. */
  contacts: EmployerContact[];
  visits: Map<string, number>;
  /** Jobs of the service's clients at this employer. */
  jobs: Job[];
  clients: Client[];
  staff: Staff[];
}

/** An employer's relationship history and the clients placed there; null when missing or deleted. */
export async function loadEmployerHistory(db: FidelioDb, employerId: string): Promise<EmployerHistory | null> {
  const employer = await db.employers.get(employerId);
  if (!employer || !isLive(employer)) return null;
  const [people, contacts, jobs, clients, staff] = await Promise.all([
    db.employerContactPeople.where('employerId').equals(employerId).toArray().then(onlyLive),
    employerRange(db, employerId).toArray().then(onlyLive),
    db.jobs.where('employerId').equals(employerId).toArray().then(onlyLive),
    db.clients
      .where('serviceId')
      .equals(employer.serviceId)
      .toArray()
      .then((clients) => clients.filter(isLiveClient)),
    listStaff(db, employer.serviceId),
  ]);
  return {
    employer,
    people: people.sort((a, b) => compareFinnish(a.name, b.name)),
    contacts: contacts.sort(newestFirst),
    visits: visitNumbers(contacts),
    jobs: jobs.sort((a, b) => compareOrdinal(b.startDate, a.startDate)),
    clients,
    staff,
  };
}

export interface ClientContacts {
  client: Client;
  /** Newest first. */
  contacts: EmployerContact[];
  firstContact: { date: IsoDate; days: number } | null;
  /** Visit numbers from each employer's whole history. */
  visits: Map<string, number>;
  employers: Employer[];
  clients: Client[];
  staff: Staff[];
}

/** The contacts made on a client's behalf and the services-4 days to their first one; null when missing. */
export async function loadClientContacts(db: FidelioDb, clientId: string, today: IsoDate): Promise<ClientContacts | null> {
  const client = await db.clients.get(clientId);
  if (!isLiveClient(client)) return null;
  const [contacts, jobs, employers, staff, clients] = await Promise.all([
    db.employerContacts.where('clientIds').equals(clientId).toArray().then(onlyLive),
    db.jobs.where('clientId').equals(clientId).toArray().then(onlyLive),
    db.employers.where('serviceId').equals(client.serviceId).toArray(),
    listStaff(db, client.serviceId),
    db.clients
      .where('serviceId')
      .equals(client.serviceId)
      .toArray()
      .then((all) => all.filter(isLiveClient)),
  ]);
  return {
    client,
    contacts: contacts.sort(newestFirst),
    firstContact: daysToFirstEmployerContact(
      client.startDate,
      contacts,
      jobs.map((j) => j.startDate),
      clientId,
      today,
    ),
    visits: await visitNumbersFor(db, contacts, '\uffff'),
    employers,
    clients,
    staff,
  };
}

/** Client code (lower case) → id, for turning typed codes into links. */
export async function clientCodes(db: FidelioDb, serviceId: string): Promise<Map<string, string>> {
  const clients = (await db.clients.where('serviceId').equals(serviceId).toArray()).filter(isLiveClient);
  return new Map(clients.map((c) => [c.code.toLocaleLowerCase('fi'), c.id]));
}
