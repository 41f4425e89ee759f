import { defaultSourceRef } from '../caseload/referral-sources';
import { addDays, type IsoDate } from '../dates';
import type { Assignment, Client, Job, PhaseChange, Staff, StaffRole } from '../records/caseload';
import type { Employer, EmployerContact, EmployerContactPerson } from '../records/employers';
import type { Locale } from '../fidelity/scale-definition';
import { pick, randomInt, seededRandom, SNAPSHOT_DAY, timestampOn, TRACKING_START } from './kateva-tracked-calendar';
import { planContacts, planLaterContacts, type PlannedContact } from './kateva-tracked-contacts';
import { planAssignments, planPhaseChanges } from './kateva-tracked-history';
import { planLaterHistory } from './kateva-tracked-later';
import { planKatevaClients } from './kateva-tracked-plan';
import content from './kateva-tracked-content.json';
import { compareOrdinal } from '../collation';

/*
 * The Kätevä demo's tracked data (issue 5): the caseload, jobs and employer contacts behind the
 * figures of the 2022 review (kateva-demo.ts). Kätevä began tracking in Fidelio on TRACKING_START:
 * clients then on the caseload were entered with their earlier history, contacts exist from that
 * day on, so the 2021 review's period is only partly covered. The history ends on SNAPSHOT_DAY.
 */

export interface TrackedDataOptions {
  serviceId: string;
  /** Called in a fixed order, so a fixed id sequence always yields the same records. */
  newId: () => string;
  locale: Locale;
  /**
   * The demo's present on its own calendar (demo-present.ts): the caseload, jobs and employer
   * contacts go on from SNAPSHOT_DAY up to this day (kateva-tracked-later.ts). Absent: the history
   * ends on SNAPSHOT_DAY, as at the 2022 review.
   */
  historyEnd?: IsoDate;
}

export interface TrackedRecords {
  staff: Staff[];
  employers: Employer[];
  employerContactPeople: EmployerContactPerson[];
  clients: Client[];
  phaseChanges: PhaseChange[];
  assignments: Assignment[];
  jobs: Job[];
  employerContacts: EmployerContact[];
}

const SEED = 20_221_011;
const ADOPTION_ENTRIES_PER_DAY = 450;
type Localised = Record<Locale, string>;
type Texts = Record<string, Localised>;

/**
 * Builds the tracked data for the demo service `serviceId`. Pure and deterministic: the dates come
 * from a seeded generator, the ids from `newId` in this order — staff, employers each followed by
 * their contact people, clients each followed by their phase changes, assignments and jobs, then
 * the employer contacts by date.
 */
export function buildKatevaTrackedData({ serviceId, newId, locale, historyEnd }: TrackedDataOptions): TrackedRecords {
  const random = seededRandom(SEED);
  const historic = planKatevaClients(random);
  const goesOn = historyEnd !== undefined && historyEnd > SNAPSHOT_DAY;
  // Continued past the review when the demo goes on: the draws are the same, so the history is too.
  const historicPhases = historic.map((client) => planPhaseChanges(random, client, addDays(goesOn ? historyEnd : SNAPSHOT_DAY, 1)));
  const historicAssignments = planAssignments(historic);
  const plannedContacts = planContacts(random, historic, historicAssignments);
  // After the review, up to the present: its own random source, drawn only when the demo goes on.
  const later = goesOn ? planLaterHistory(seededRandom(SEED + 2), historic, historicPhases, historyEnd) : null;
  const plan = later?.clients ?? historic;
  const phases = later?.phaseChanges ?? historicPhases;
  const plannedAssignments = later?.assignments ?? historicAssignments;

  // Records describing days before tracking began were typed in during the first days of use.
  let adoptionEntries = 0;
  const perDay = new Map<IsoDate, number>();
  const stamp = (date: IsoDate): string => {
    if (date < TRACKING_START) {
      const n = adoptionEntries++;
      return timestampOn(addDays(TRACKING_START, Math.floor(n / ADOPTION_ENTRIES_PER_DAY)), n % ADOPTION_ENTRIES_PER_DAY);
    }
    const n = perDay.get(date) ?? 0;
    perDay.set(date, n + 1);
    return timestampOn(date, 60 + n);
  };
  const sync = (at: string) => ({ serviceId, createdAt: at, updatedAt: at, deletedAt: null });

  const staffIds = new Map<string, string>();
  const staff = content.staff.map((row): Staff => {
    const id = newId();
    staffIds.set(row.key, id);
    const record = { id, ...sync(stamp(row.startDate < TRACKING_START ? '2021-05-31' : row.startDate)) };
    return { ...record, name: row.name, role: row.role as StaffRole, fte: row.fte, startDate: row.startDate, endDate: null };
  });
  const staffId = (key: string) => staffIds.get(key) ?? '';

  // An employer entered the directory with its first contact or with a job recorded at adoption.
  const firstUse = new Map<string, IsoDate>();
  const noteUse = (name: string, date: IsoDate) => {
    const day = date < TRACKING_START ? '2021-05-31' : date;
    if ((firstUse.get(name) ?? '9999') > day) firstUse.set(name, day);
  };
  for (const contact of plannedContacts) noteUse(contact.employer, contact.date);
  for (const client of plan) for (const job of client.jobs) noteUse(job.employer, job.start);
  for (const contact of later?.contacts ?? []) noteUse(contact.employer, contact.date);

  const sectors = content.sectors as Texts;
  const roles = content.roles as Texts;
  const employerIds = new Map<string, string>();
  const people = new Map<string, string[]>();
  const employers: Employer[] = [];
  const employerContactPeople: EmployerContactPerson[] = [];
  for (const row of content.employers) {
    const id = newId();
    employerIds.set(row.name, id);
    const at = stamp(firstUse.get(row.name) ?? TRACKING_START);
    employers.push({
      id,
      ...sync(at),
      name: row.name,
      sector: sectors[row.sector]?.[locale] ?? '',
      area: row.area,
      notes: '',
      mergedInto: null,
    });
    const ids: string[] = [];
    for (const [name, role] of row.people) {
      const personId = newId();
      ids.push(personId);
      employerContactPeople.push({ id: personId, ...sync(at), employerId: id, name: name ?? '', role: roles[role ?? '']?.[locale] ?? '' });
    }
    people.set(row.name, ids);
  }

  const jobTypes = content.jobTypes as Record<string, { type: Localised; title: Localised }>;
  const clientIds: string[] = [];
  const clients: Client[] = [];
  const phaseChanges: PhaseChange[] = [];
  const assignments: Assignment[] = [];
  const jobs: Job[] = [];
  plan.forEach((planned, index) => {
    const id = newId();
    clientIds.push(id);
    const createdAt = stamp(planned.referralDate);
    const startedLater = planned.startDate !== null && planned.startDate >= TRACKING_START && planned.startDate > planned.referralDate;
    const note = planned.noteIndex === null ? '' : (content.clientNotes[planned.noteIndex]?.[locale] ?? '');
    clients.push({
      id,
      ...sync(createdAt),
      updatedAt: startedLater && planned.startDate ? stamp(planned.startDate) : createdAt,
      code: planned.code,
      referralDate: planned.referralDate,
      referralSource: defaultSourceRef(planned.referralSource),
      startDate: planned.startDate,
      notes: note,
    });
    for (const change of phases[index] ?? []) {
      phaseChanges.push({
        id: newId(),
        ...sync(stamp(change.date)),
        clientId: id,
        date: change.date,
        kind: change.kind,
        phase: change.phase,
        closureReason: change.reason,
      });
    }
    const own = plannedAssignments.filter((a) => a.clientIndex === index);
    // The first waiting client is already promised to the newest specialist.
    if (planned.group === 'waiting' && index === plan.findIndex((c) => c.group === 'waiting'))
      own.unshift({ clientIndex: index, date: planned.referralDate, staffKey: 's5' });
    // Taking on a promised client is no new assignment.
    const changed = own.filter((assignment, n) => n === 0 || own[n - 1]?.staffKey !== assignment.staffKey);
    for (const assignment of changed) {
      assignments.push({
        id: newId(),
        ...sync(stamp(assignment.date)),
        clientId: id,
        staffId: staffId(assignment.staffKey),
        date: assignment.date,
      });
    }
    for (const job of planned.jobs) {
      const texts = jobTypes[job.typeKey];
      const at = stamp(job.start);
      const ended = job.end !== null && job.end >= TRACKING_START;
      jobs.push({
        id: newId(),
        ...sync(at),
        updatedAt: ended && job.end ? stamp(job.end) : at,
        clientId: id,
        employerId: employerIds.get(job.employer) ?? '',
        title: texts?.title[locale] ?? job.typeKey,
        jobType: texts?.type[locale] ?? job.typeKey,
        startDate: job.start,
        endDate: job.end,
        hoursPerWeek: job.hours,
        competitive: job.competitive,
        // The demo's subsidised non-competitive jobs are intermediate labour market places: set
        // aside for the target group and ending with the project, though paid by the agreement.
        competitiveAnswers: job.competitive
          ? { openMarket: true, usualPay: true, notReserved: true, notTimeLimited: true }
          : { openMarket: false, usualPay: true, notReserved: false, notTimeLimited: false },
        paySubsidy: !job.competitive,
      });
    }
  });

  const outcomes = content.outcomes as Record<string, Localised[]>;
  // Follow-ups of the history behind the reviews end with it; those of later contacts may lie ahead.
  const toRecord =
    (random: () => number, followUpsUntil: IsoDate) =>
    (contact: PlannedContact): EmployerContact => {
      const persons = people.get(contact.employer) ?? [];
      const followUp = random() < 0.3 ? addDays(contact.date, randomInt(random, 14, 28)) : null;
      const hasFollowUp = followUp !== null && followUp <= followUpsUntil;
      return {
        id: newId(),
        ...sync(stamp(contact.date)),
        date: contact.date,
        staffId: staffId(contact.staffKey),
        employerId: employerIds.get(contact.employer) ?? '',
        contactPersonId: persons.length > 0 && random() < 0.65 ? pick(random, persons) : null,
        mode: contact.mode,
        clientIds: contact.clientIndexes.map((i) => clientIds[i] ?? ''),
        purpose: contact.purpose,
        outcome: pick(random, outcomes[contact.purpose] ?? outcomes.other ?? [])[locale],
        nextStep: hasFollowUp ? pick(random, content.nextSteps)[locale] : '',
        followUpDate: hasFollowUp ? followUp : null,
        notes: '',
      };
    };
  const employerContacts = plannedContacts.map(toRecord(random, '2022-10-12'));
  if (goesOn) {
    const laterRandom = seededRandom(SEED + 1);
    const laterContacts = [...planLaterContacts(laterRandom, addDays(SNAPSHOT_DAY, 1), historyEnd), ...(later?.contacts ?? [])];
    laterContacts.sort((a, b) => compareOrdinal(a.date, b.date));
    employerContacts.push(...laterContacts.map(toRecord(laterRandom, '9999-12-31')));
  }

  return { staff, employers, employerContactPeople, clients, phaseChanges, assignments, jobs, employerContacts };
}
