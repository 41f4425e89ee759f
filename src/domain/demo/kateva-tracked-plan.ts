import { CLOSURE_REASONS, type ClosureReason } from '../caseload/phases';
import type { DefaultReferralSource } from '../caseload/referral-sources';
import { addDays, daysBetween, type IsoDate } from '../dates';
import { dayAt, nextTeamWorkingDay, pick, randomInt, SNAPSHOT_DAY, triangular, type Random } from './kateva-tracked-calendar';
import content from './kateva-tracked-content.json';

/*
 * The Kätevä demo's clients and jobs as a plan without ids: who started when, who found which job,
 * who was closed when. Counts are fixed by hand so that the 2022 review's evidence comes out as its
 * notes say (kateva-demo-content.json); the seeded random source only spreads the dates.
 */

export type ClientGroup = 'adopted' | 'early' | 'period' | 'waiting' | 'later';

export interface PlannedJob {
  start: IsoDate;
  end: IsoDate | null;
  typeKey: string;
  employer: string;
  competitive: boolean;
  hours: number;
  chain: string;
}

export interface PlannedClient {
  code: string;
  /**
   * adopted: on the caseload when tracking began; early: started before the 2022 period; period:
   * started in it; waiting: referred before the 2022 review, not started by then; later: referred
   * after it (kateva-tracked-later.ts).
   */
  group: ClientGroup;
  referralDate: IsoDate;
  startDate: IsoDate | null;
  referralSource: DefaultReferralSource;
  noteIndex: number | null;
  /** The first face-to-face employer contact made for the client (early and period clients only). */
  firstContact: IsoDate | null;
  jobs: PlannedJob[];
  closure: { date: IsoDate; reason: ClosureReason } | null;
  /** A closure that was later reopened. */
  interruption: { closed: IsoDate; reason: ClosureReason; reopened: IsoDate } | null;
  /** The specialist the client was promised to while waiting, who takes them on at the start. */
  promisedTo?: string;
}

type JobRow = [IsoDate, IsoDate | null, string, string, boolean, number, string];
export const PLANNED_JOBS: readonly PlannedJob[] = (content.jobs as JobRow[]).map(
  ([start, end, typeKey, employer, competitive, hours, chain]) => ({
    start,
    end,
    typeKey,
    employer,
    competitive,
    hours,
    chain,
  }),
);

/** How many clients start in each stretch; the 2022 caseload (88 active on SNAPSHOT_DAY) follows from these and CLOSURES. */
const STARTS: readonly { group: ClientGroup; count: number; from: IsoDate; to: IsoDate }[] = [
  { group: 'adopted', count: 60, from: '2019-06-03', to: '2021-05-28' },
  { group: 'early', count: 12, from: '2021-06-02', to: '2021-10-06' },
  // From 2021-10-13: 2021-10-11 belongs to both review periods, and a start there would count twice.
  { group: 'period', count: 26, from: '2021-10-13', to: '2022-02-25' },
  // The fifth specialist (March 2022) let the service take on more clients.
  { group: 'period', count: 42, from: '2022-03-01', to: '2022-10-07' },
];
const WAITING_REFERRALS: readonly IsoDate[] = ['2022-09-26', '2022-10-03', '2022-10-06'];

const CLOSURES: readonly { groups: readonly ClientGroup[]; count: number; from: IsoDate; to: IsoDate }[] = [
  { groups: ['adopted', 'early'], count: 8, from: '2021-06-07', to: '2021-10-08' },
  { groups: ['adopted', 'early'], count: 22, from: '2021-10-13', to: '2022-02-25' },
  { groups: ['adopted', 'early'], count: 14, from: '2022-03-01', to: '2022-10-07' },
  { groups: ['period'], count: 8, from: '2021-10-13', to: '2022-10-07' },
];

// The demo lives in the present (./demo-present.ts): its referrals fall after 1 January 2025, so
// they come from today's structure (TE24): the employment area's services where the story had the
// municipal employment trial, Kela's vocational rehabilitation where it had the TE office. Same
// places in the list, same weights: the same clients are drawn.
const DEMO_REFERRAL_SOURCES: readonly DefaultReferralSource[] = [
  'employment-area',
  'kela-rehabilitation',
  'typ',
  'adult-social-work',
  'health-services',
  'mental-health-services',
  'self-referral',
  'other',
];
const REFERRAL_WEIGHTS: Partial<Record<DefaultReferralSource, number>> = {
  'employment-area': 5,
  'kela-rehabilitation': 2,
  typ: 2,
  'adult-social-work': 3,
  'health-services': 2,
  'mental-health-services': 6,
  'self-referral': 2,
  other: 1,
};
const REASON_WEIGHTS: Partial<Record<ClosureReason, number>> = {
  'no-longer-wants-work': 3,
  moved: 2,
  'other-services': 3,
  pension: 1,
  other: 1,
};

function weighted<T extends string>(random: Random, weights: Partial<Record<T, number>>, keys: readonly T[]): T {
  const total = keys.reduce((sum, key) => sum + (weights[key] ?? 0), 0);
  let left = random() * total;
  for (const key of keys) {
    left -= weights[key] ?? 0;
    if (left < 0) return key;
  }
  return keys[keys.length - 1] as T;
}

function newClient(random: Random, group: ClientGroup, start: IsoDate | null, referral: IsoDate): PlannedClient {
  let firstContact: IsoDate | null = null;
  if (start !== null && group !== 'adopted') {
    // 2021 practice was slow (about 78 days); from the 2021 review on the team planned the first employer contact early.
    const days = group === 'early' ? triangular(random, 20, 60, 140) : triangular(random, 5, 24, 95);
    const day = nextTeamWorkingDay(addDays(start, Math.round(days)));
    firstContact = day <= SNAPSHOT_DAY ? day : null;
  }
  return {
    code: '',
    group,
    referralDate: referral,
    startDate: start,
    referralSource: weighted(random, REFERRAL_WEIGHTS, DEMO_REFERRAL_SOURCES),
    noteIndex: random() < 0.15 ? randomInt(random, 0, content.clientNotes.length - 1) : null,
    firstContact,
    jobs: [],
    closure: null,
    interruption: null,
  };
}

function planClients(random: Random): PlannedClient[] {
  const clients: PlannedClient[] = [];
  for (const stretch of STARTS) {
    for (let i = 0; i < stretch.count; i += 1) {
      const start = dayAt(stretch.from, stretch.to, (i + random()) / stretch.count);
      clients.push(newClient(random, stretch.group, start, addDays(start, -randomInt(random, 4, 24))));
    }
  }
  for (const referral of WAITING_REFERRALS) clients.push(newClient(random, 'waiting', null, referral));
  clients.forEach((client, index) => {
    client.code = `KAT-${String(index + 1).padStart(4, '0')}`;
  });
  return clients;
}

/** Gives every job of the table a client: a chain stays with one client, any other job goes to a client without a job yet. */
function assignJobs(random: Random, clients: PlannedClient[]): void {
  const chainOwner = new Map<string, PlannedClient>();
  for (const job of PLANNED_JOBS) {
    const owner = job.chain ? chainOwner.get(job.chain) : undefined;
    if (owner) {
      owner.jobs.push(job);
      continue;
    }
    const candidates = clients.filter((client) => {
      if (client.startDate === null || client.jobs.length > 0) return false;
      const waited = daysBetween(client.startDate, job.start);
      if (waited < 30 || waited > 540) return false;
      return client.group === 'adopted' || (client.firstContact !== null && daysBetween(client.firstContact, job.start) >= 10);
    });
    const client = pick(random, candidates);
    client.jobs.push(job);
    if (job.chain) chainOwner.set(job.chain, client);
  }
}

/** The first day a client may be closed: after a fair start, their first employer contact and any job's first months. */
export function earliestClosure(client: PlannedClient): IsoDate {
  let day = addDays(client.startDate ?? client.referralDate, 60);
  if (client.firstContact !== null && addDays(client.firstContact, 14) > day) day = addDays(client.firstContact, 14);
  const lastJob = client.jobs.at(-1);
  if (lastJob && addDays(lastJob.start, 120) > day) day = addDays(lastJob.start, 120);
  return day;
}

export function closureReason(random: Random, client: PlannedClient, date: IsoDate): ClosureReason {
  const lastJob = client.jobs.at(-1);
  const stillWorking = lastJob !== undefined && (lastJob.end === null || lastJob.end >= date);
  if (stillWorking && daysBetween(lastJob.start, date) >= 150) return 'stepped-down';
  return weighted(random, REASON_WEIGHTS, CLOSURE_REASONS);
}

/** Closes exactly the counts of CLOSURES, older clients more likely; a client with no fair chance yet is never closed. */
function planClosures(random: Random, clients: PlannedClient[]): void {
  for (const window of CLOSURES) {
    const pool = clients.filter(
      (client) =>
        window.groups.includes(client.group) &&
        client.closure === null &&
        // Anyone started after tracking began is closed only after their first employer contact.
        (client.group === 'adopted' || client.firstContact !== null) &&
        earliestClosure(client) <= window.to,
    );
    for (let n = 0; n < window.count; n += 1) {
      const weights = pool.map((client) => 1 + daysBetween(client.startDate ?? window.to, window.to) / 200);
      let left = random() * weights.reduce((sum, w) => sum + w, 0);
      const index = Math.max(
        0,
        weights.findIndex((w) => (left -= w) < 0),
      );
      const [client] = pool.splice(index, 1);
      if (!client) throw new RangeError('Not enough clients to close');
      const from = earliestClosure(client) > window.from ? earliestClosure(client) : window.from;
      const date = dayAt(from, window.to, random());
      client.closure = { date, reason: closureReason(random, client, date) };
    }
  }
  // One client paused for rehabilitation over the winter and came back: a closure that was reopened.
  const paused = clients.find((client) => client.group === 'adopted' && client.closure === null && client.jobs.length === 0);
  if (paused) paused.interruption = { closed: '2021-11-15', reason: 'other-services', reopened: '2022-02-14' };
}

/** The whole plan: clients with their jobs and closures, in code order. */
export function planKatevaClients(random: Random): PlannedClient[] {
  const clients = planClients(random);
  assignJobs(random, clients);
  planClosures(random, clients);
  return clients;
}
