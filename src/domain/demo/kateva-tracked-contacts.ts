import { addDays, type IsoDate } from '../dates';
import type { ContactMode, ContactPurpose } from '../records/employers';
import {
  daysWhere,
  isWorkingDay,
  nextTeamWorkingDay,
  pick,
  randomInt,
  SNAPSHOT_DAY,
  TRACKING_START,
  type Random,
} from './kateva-tracked-calendar';
import content from './kateva-tracked-content.json';
import type { PlannedAssignment } from './kateva-tracked-history';
import type { PlannedClient } from './kateva-tracked-plan';
import { compareOrdinal } from '../collation';

/*
 * The Kätevä demo's employer contacts, logged from TRACKING_START on. Contacts made for clients come
 * from their plan (first contact, job search, the contact before a hire, follow-ups in work); the
 * rest are relationship-building visits that bring each specialist to a fixed number of
 * face-to-face contacts per stretch, as the review notes describe (about two a week in 2021, four
 * in 2022 with two specialists under three).
 */

export interface PlannedContact {
  date: IsoDate;
  staffKey: string;
  employer: string;
  clientIndexes: number[];
  mode: ContactMode;
  purpose: ContactPurpose;
}

interface Stretch {
  from: IsoDate;
  to: IsoDate;
  /** Face-to-face contacts per specialist in the stretch, named and generic together. */
  faceToFace: Record<string, number>;
}

const STRETCHES: readonly Stretch[] = [
  { from: TRACKING_START, to: '2021-10-10', faceToFace: { s1: 32, s2: 30, s3: 28, s4: 25 } },
  // The 2022 review's period; Joonas started in March and Mari works 0.8, so both stay under three a week.
  { from: '2021-10-11', to: SNAPSHOT_DAY, faceToFace: { s1: 272, s2: 243, s3: 226, s4: 137, s5: 141 } },
];
/** Phone calls and e-mails per face-to-face contact; they do not count for services-6. */
const OTHER_MODE_SHARE = 0.2;

interface StaffRow {
  key: string;
  role: string;
  startDate: IsoDate;
}
const SPECIALISTS = (content.staff as StaffRow[]).filter((member) => member.role === 'specialist');
const EMPLOYER_NAMES = content.employers.map((employer) => employer.name);
const HIRING = new Set((content.jobs as unknown[][]).map((row) => String(row[3])));

function isActiveOn(client: PlannedClient, day: IsoDate): boolean {
  if (client.startDate === null || client.startDate > day) return false;
  if (client.closure && client.closure.date <= day) return false;
  const pause = client.interruption;
  return !(pause && pause.closed <= day && day < pause.reopened);
}

function someEmployer(random: Random): string {
  // Employers who have hired before are visited more often.
  for (;;) {
    const name = pick(random, EMPLOYER_NAMES);
    if (HIRING.has(name) || random() < 0.4) return name;
  }
}

export function planContacts(
  random: Random,
  clients: readonly PlannedClient[],
  assignments: readonly PlannedAssignment[],
): PlannedContact[] {
  const history = new Map<number, PlannedAssignment[]>();
  for (const assignment of assignments) history.set(assignment.clientIndex, [...(history.get(assignment.clientIndex) ?? []), assignment]);
  const contacts: PlannedContact[] = [];

  /** A contact for a client by their specialist that day (a colleague covers a holiday); skipped when the client is not on the caseload. */
  const forClient = (
    clientIndex: number,
    wanted: IsoDate,
    employer: string,
    purpose: ContactPurpose,
    mode: ContactMode = 'face-to-face',
  ) => {
    const client = clients[clientIndex];
    const date = nextTeamWorkingDay(wanted);
    if (!client || date < TRACKING_START || date > SNAPSHOT_DAY || !isActiveOn(client, date)) return;
    if (mode === 'face-to-face' && client.firstContact !== null && date < client.firstContact) return;
    const own = [...(history.get(clientIndex) ?? [])].reverse().find((a) => a.date <= date)?.staffKey ?? 's1';
    const ownRow = SPECIALISTS.find((s) => s.key === own);
    const atWork =
      ownRow && isWorkingDay(own, ownRow.startDate, date) ? own : SPECIALISTS.find((s) => isWorkingDay(s.key, s.startDate, date))?.key;
    if (atWork) contacts.push({ date, staffKey: atWork, employer, clientIndexes: [clientIndex], mode, purpose });
  };

  clients.forEach((client, index) => {
    if (client.startDate === null) return;
    const firstJob = client.jobs[0];
    const searchUntil = firstJob ? addDays(firstJob.start, -14) : SNAPSHOT_DAY;
    let next: IsoDate;
    if (client.firstContact !== null) {
      if (random() < 0.3)
        forClient(index, addDays(client.firstContact, -randomInt(random, 1, 5)), someEmployer(random), 'present-job-seeker', 'phone');
      forClient(index, client.firstContact, someEmployer(random), random() < 0.7 ? 'present-job-seeker' : 'learn-needs');
      next = addDays(client.firstContact, randomInt(random, 20, 40));
    } else if (client.group === 'adopted') {
      // Clients already on the caseload at adoption: the 2021 log shows fewer, sparser contacts for them.
      next = addDays(TRACKING_START, randomInt(random, 20, 120));
    } else {
      next = searchUntil; // started too late for a first contact by the end of the history
    }
    const searches = client.group === 'adopted' ? 2 : 4;
    for (let n = 0; n < searches && next < searchUntil; n += 1) {
      forClient(index, next, someEmployer(random), 'present-job-seeker');
      next = addDays(next, client.group === 'adopted' ? randomInt(random, 45, 90) : randomInt(random, 25, 50));
    }
    for (const job of client.jobs) {
      forClient(index, addDays(job.start, -randomInt(random, 5, 14)), job.employer, 'present-job-seeker');
      for (const [min, max] of [
        [14, 21],
        [60, 90],
        [150, 200],
      ] as const) {
        const day = addDays(job.start, randomInt(random, min, max));
        if (job.end === null || day <= job.end)
          forClient(index, day, job.employer, 'follow-up-hire', random() < 0.8 ? 'face-to-face' : 'phone');
      }
    }
  });

  for (const stretch of STRETCHES) {
    for (const specialist of SPECIALISTS) {
      const named = contacts.filter(
        (c) => c.staffKey === specialist.key && c.mode === 'face-to-face' && stretch.from <= c.date && c.date <= stretch.to,
      ).length;
      const wanted = stretch.faceToFace[specialist.key] ?? 0;
      if (named > wanted) throw new RangeError(`${specialist.key} has ${named} contacts for clients, more than ${wanted}`);
      const days = daysWhere(stretch.from, stretch.to, (day) => isWorkingDay(specialist.key, specialist.startDate, day));
      const spread = (count: number, mode: () => ContactMode, purposes: readonly ContactPurpose[]) => {
        for (let k = 0; k < count; k += 1) {
          const date = days[Math.floor(((k + random()) * days.length) / count)];
          if (date)
            contacts.push({
              date,
              staffKey: specialist.key,
              employer: someEmployer(random),
              clientIndexes: [],
              mode: mode(),
              purpose: pick(random, purposes),
            });
        }
      };
      spread(wanted - named, () => 'face-to-face', ['learn-needs', 'learn-needs', 'describe-service', 'describe-service', 'other']);
      spread(Math.round(wanted * OTHER_MODE_SHARE), () => pick(random, ['phone', 'phone', 'phone', 'email', 'email', 'other'] as const), [
        'learn-needs',
        'describe-service',
        'other',
      ]);
    }
  }
  const order = (key: string) => SPECIALISTS.findIndex((s) => s.key === key);
  return contacts.sort((a, b) => compareOrdinal(a.date, b.date) || order(a.staffKey) - order(b.staffKey));
}

/**
 * The contacts logged after SNAPSHOT_DAY up to the demo's present (issue 15: the demo lives in the
 * present, so the team's week and each coach's week show work). Drawn from their own random source
 * so the history behind the two reviews stays exactly as it was; about four face-to-face contacts
 * a week per full-time specialist, as in the 2022 review's period, plus some calls and e-mails.
 */
export function planLaterContacts(random: Random, from: IsoDate, to: IsoDate): PlannedContact[] {
  const contacts: PlannedContact[] = [];
  for (const specialist of SPECIALISTS) {
    for (const date of daysWhere(from, to, (day) => isWorkingDay(specialist.key, specialist.startDate, day))) {
      if (random() < 0.8)
        contacts.push({
          date,
          staffKey: specialist.key,
          employer: someEmployer(random),
          clientIndexes: [],
          mode: 'face-to-face',
          purpose: pick(random, ['learn-needs', 'describe-service', 'present-job-seeker', 'follow-up-hire', 'other'] as const),
        });
      if (random() < 0.15)
        contacts.push({
          date,
          staffKey: specialist.key,
          employer: someEmployer(random),
          clientIndexes: [],
          mode: pick(random, ['phone', 'phone', 'email'] as const),
          purpose: pick(random, ['learn-needs', 'describe-service', 'other'] as const),
        });
    }
  }
  const order = (key: string) => SPECIALISTS.findIndex((s) => s.key === key);
  return contacts.sort((a, b) => compareOrdinal(a.date, b.date) || order(a.staffKey) - order(b.staffKey));
}
