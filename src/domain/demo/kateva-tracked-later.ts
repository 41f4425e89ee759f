import type { DefaultReferralSource } from '../caseload/referral-sources';
import { addDays, daysBetween, type IsoDate } from '../dates';
import { compareOrdinal } from '../collation';
import { isWorkingDay, nextTeamWorkingDay, pick, randomInt, SNAPSHOT_DAY, triangular, type Random } from './kateva-tracked-calendar';
import type { PlannedContact } from './kateva-tracked-contacts';
import { planAssignments, planPhaseChanges, type PlannedAssignment, type PlannedPhaseChange } from './kateva-tracked-history';
import { closureReason, earliestClosure, type PlannedClient, type PlannedJob } from './kateva-tracked-plan';
import content from './kateva-tracked-content.json';

/*
 * The Kätevä demo after its 2022 review, up to the demo's present (issue 15: a newcomer must not
 * see a caseload frozen on the review's day). The demo's present always falls between 18 and 24
 * Nov 2022 on its own calendar (demo-present.ts), so the six weeks after the review are written
 * as a story with fixed counts: the clients waiting at the review start, new referrals arrive
 * (the latest still waiting), a few jobs start and end, some clients close, everyone else keeps
 * moving through the phases. The plan is made for the whole stretch up to STORY_END and cut at
 * the present, so every "today" sees the same story, only more or less of it. Its own random
 * source leaves the history behind the two reviews exactly as it was.
 */

/** The last day the story is planned for: after any demo present (BASE_PRESENT + 6 days). */
const STORY_END: IsoDate = '2022-11-30';
const FROM = addDays(SNAPSHOT_DAY, 1);

/** When the clients waiting at the review start, in referral order. */
const WAITING_STARTS: readonly IsoDate[] = ['2022-10-17', '2022-10-24', '2022-11-01'];
/** Referrals after the review: [referral, start]; a start after the present leaves the client waiting. */
const NEW_REFERRALS: readonly [IsoDate, IsoDate][] = [
  ['2022-10-12', '2022-10-26'],
  ['2022-10-19', '2022-11-02'],
  ['2022-10-27', '2022-11-09'],
  ['2022-11-03', '2022-11-16'],
  ['2022-11-10', '2022-11-28'],
  ['2022-11-16', '2022-11-30'],
];
// Referred after 2025 on the demo's shifted calendar: today's sources (TE24), not the retired ones.
const NEW_SOURCES: readonly DefaultReferralSource[] = [
  'employment-area',
  'mental-health-services',
  'kela-rehabilitation',
  'adult-social-work',
  'mental-health-services',
  'employment-area',
];
/** Jobs started after the review: [start, job type, employer, hours a week]. All competitive. */
const NEW_JOBS: readonly [IsoDate, string, string, number][] = [
  ['2022-10-17', 'warehouse', 'Jyväs-Kuljetus Oy', 25],
  ['2022-10-31', 'kitchen', 'Lounasravintola Aaltonen', 20],
  ['2022-11-07', 'green', 'Tikkakosken Taimitarha', 20],
  ['2022-11-14', 'hotel', 'Hotelli Lutakonranta', 25],
  ['2022-11-28', 'retail', 'Pyöräkorjaamo Ratas', 20],
];
/** Days on which a job held at the review ends (a fixed-term contract runs out). */
const JOB_ENDS: readonly IsoDate[] = ['2022-10-28', '2022-11-11'];
/** Days on which a client's coaching ends. */
const CLOSURE_DAYS: readonly IsoDate[] = ['2022-10-21', '2022-11-04', '2022-11-15', '2022-11-22'];

export interface LaterHistory {
  /** The plan with the story applied, cut at the present: starts, closures, jobs and their ends, new clients last. */
  clients: PlannedClient[];
  /** Every client's phase changes up to the present, by the index in `clients`. */
  phaseChanges: PlannedPhaseChange[][];
  /** Who carried each client, oldest first; identical to the history's own before the review. */
  assignments: PlannedAssignment[];
  /** Face-to-face contacts made for the story's clients: first contacts and the contacts around a hire. */
  contacts: PlannedContact[];
}

type Story = { clientIndex: number; date: IsoDate; moves: PlannedPhaseChange[] };

/** The client's last change on or before `day`. */
function phaseOn(changes: readonly PlannedPhaseChange[], day: IsoDate): PlannedPhaseChange | undefined {
  for (let i = changes.length - 1; i >= 0; i -= 1) if ((changes[i] as PlannedPhaseChange).date <= day) return changes[i];
  return undefined;
}

/**
 * Applies the story to the plan. `phases` are the clients' phase changes as the history planned
 * them, continued past the review (a job agreed before it still settles into phase 5 after it).
 */
export function planLaterHistory(
  random: Random,
  plan: readonly PlannedClient[],
  phases: readonly PlannedPhaseChange[][],
  present: IsoDate,
): LaterHistory {
  const clients = plan.map((client) => ({ ...client, jobs: [...client.jobs] }));
  const changes = phases.map((list) => list.filter((change) => change.date <= STORY_END));
  const taken = new Set<number>();
  const wanted: { date: IsoDate; clientIndex: number; employer: string; purpose: PlannedContact['purpose'] }[] = [];
  const currentJob = (client: PlannedClient, day: IsoDate) =>
    client.jobs.find((job) => job.start <= day && (job.end === null || job.end >= day));
  /** Replaces a client's changes from `date` on with `moves`, each strictly after the one before. */
  const rewrite = ({ clientIndex, date, moves }: Story) => {
    const kept = (changes[clientIndex] ?? []).filter((change) => change.date < date);
    for (const move of moves) {
      const last = kept.at(-1)?.date ?? '';
      kept.push({ ...move, date: move.date > last ? move.date : addDays(last, 1) });
    }
    changes[clientIndex] = kept;
    taken.add(clientIndex);
  };
  const candidates = (keep: (client: PlannedClient, index: number) => boolean) =>
    clients.flatMap((client, index) => (!taken.has(index) && client.group !== 'waiting' && keep(client, index) ? [index] : []));

  // Fixed-term jobs run out; the client goes back to job search a few days later.
  for (const end of JOB_ENDS) {
    const index = pick(
      random,
      candidates((client, i) => {
        const job = currentJob(client, end);
        return job !== undefined && job.end === null && daysBetween(job.start, end) >= 90 && phaseOn(changes[i] ?? [], end)?.phase === 5;
      }),
    );
    const client = clients[index] as PlannedClient;
    const job = currentJob(client, end) as PlannedJob;
    client.jobs = client.jobs.map((j) => (j === job ? { ...j, end } : j));
    rewrite({
      clientIndex: index,
      date: addDays(end, 1),
      moves: [{ date: addDays(end, randomInt(random, 2, 9)), kind: 'move', phase: 3, reason: null }],
    });
  }

  // New jobs for clients in job search who have met employers; a phase 4 a week before, 5 once settled.
  for (const [start, typeKey, employer, hours] of NEW_JOBS) {
    const searching = addDays(start, -20);
    const index = pick(
      random,
      candidates((client, i) => {
        const last = changes[i]?.at(-1);
        // In job search for three weeks before the start, with nothing else planned after.
        return (
          last !== undefined &&
          last.kind !== 'close' &&
          last.phase === 3 &&
          last.date <= searching &&
          currentJob(client, start) === undefined &&
          (client.group === 'adopted' || client.firstContact !== null)
        );
      }),
    );
    const client = clients[index] as PlannedClient;
    client.jobs.push({ start, end: null, typeKey, employer, competitive: true, hours, chain: '' });
    // Agreed after the review: the history behind it stays as it was.
    const agreedWanted = addDays(start, -randomInt(random, 5, 12));
    const agreed = agreedWanted < FROM ? FROM : agreedWanted;
    rewrite({
      clientIndex: index,
      date: agreed,
      moves: [
        { date: agreed, kind: 'move', phase: 4, reason: null },
        { date: addDays(start, randomInt(random, 10, 25)), kind: 'move', phase: 5, reason: null },
      ],
    });
    wanted.push({ date: addDays(start, -randomInt(random, 14, 20)), clientIndex: index, employer, purpose: 'present-job-seeker' });
    wanted.push({ date: addDays(start, randomInt(random, 14, 21)), clientIndex: index, employer, purpose: 'follow-up-hire' });
  }

  // Closures, older clients more likely, among those settled in phase 3 or 5 for a while.
  for (const day of CLOSURE_DAYS) {
    const quietSince = addDays(day, -14);
    const pool = candidates((client, i) => {
      // Settled in job search or in work for two weeks, with nothing else planned after.
      const last = changes[i]?.at(-1);
      return (
        last !== undefined &&
        last.kind !== 'close' &&
        last.date <= quietSince &&
        (last.phase === 3 || last.phase === 5) &&
        earliestClosure(client) <= day
      );
    });
    const weights = pool.map((i) => 1 + daysBetween(clients[i]?.startDate ?? day, day) / 200);
    let left = random() * weights.reduce((sum, w) => sum + w, 0);
    const index = pool[
      Math.max(
        0,
        weights.findIndex((w) => (left -= w) < 0),
      )
    ] as number;
    const client = clients[index] as PlannedClient;
    client.closure = { date: day, reason: closureReason(random, client, day) };
    rewrite({ clientIndex: index, date: day, moves: [{ date: day, kind: 'close', phase: null, reason: client.closure.reason }] });
  }

  // The clients waiting at the review start, then the new referrals; each starts their own path.
  const starters: number[] = [];
  clients.forEach((client, index) => {
    if (client.group !== 'waiting') return;
    // The first of them was promised to the newest specialist while waiting (kateva-tracked-data.ts).
    if (starters.length === 0) client.promisedTo = 's5';
    client.startDate = WAITING_STARTS[starters.length] ?? null;
    starters.push(index);
  });
  NEW_REFERRALS.forEach(([referral, start], n) => {
    starters.push(clients.length);
    clients.push({
      code: `KAT-${String(clients.length + 1).padStart(4, '0')}`,
      group: 'later',
      referralDate: referral,
      startDate: start,
      referralSource: NEW_SOURCES[n] ?? 'other',
      noteIndex: null,
      firstContact: null,
      jobs: [],
      closure: null,
      interruption: null,
    });
  });
  for (const index of starters) {
    const client = clients[index] as PlannedClient;
    if (client.startDate === null) continue;
    const first = nextTeamWorkingDay(addDays(client.startDate, Math.round(triangular(random, 5, 20, 45))));
    client.firstContact = first;
    changes[index] = planPhaseChanges(random, client, addDays(STORY_END, 1));
    wanted.push({ date: first, clientIndex: index, employer: pick(random, content.employers).name, purpose: 'present-job-seeker' });
  }

  // Cut at the present: what has not happened yet is not there.
  for (const client of clients) {
    if (client.startDate !== null && client.startDate > present) client.startDate = null;
    if (client.firstContact !== null && client.firstContact > present) client.firstContact = null;
    if (client.closure && client.closure.date > present) client.closure = null;
    client.jobs = client.jobs.flatMap((job) =>
      job.start > present ? [] : [job.end !== null && job.end > present ? { ...job, end: null } : job],
    );
  }
  const phaseChanges = clients.map((client, index) =>
    client.startDate === null ? [] : (changes[index] ?? []).filter((change) => change.date <= present),
  );
  const assignments = planAssignments(clients);
  return { clients, phaseChanges, assignments, contacts: contactsFor(wanted, clients, assignments, present) };
}

interface StaffRow {
  key: string;
  role: string;
  startDate: IsoDate;
}
const SPECIALISTS = (content.staff as StaffRow[]).filter((member) => member.role === 'specialist');

/** The wanted contacts that fall in the stretch, on a working day, by the client's own specialist. */
function contactsFor(
  wanted: readonly { date: IsoDate; clientIndex: number; employer: string; purpose: PlannedContact['purpose'] }[],
  clients: readonly PlannedClient[],
  assignments: readonly PlannedAssignment[],
  present: IsoDate,
): PlannedContact[] {
  const contacts: PlannedContact[] = [];
  for (const wish of wanted) {
    const date = nextTeamWorkingDay(wish.date);
    const client = clients[wish.clientIndex];
    if (!client?.startDate || date < FROM || date > present || date < client.startDate) continue;
    const staffKey = [...assignments].reverse().find((a) => a.clientIndex === wish.clientIndex && a.date <= date)?.staffKey;
    const row = SPECIALISTS.find((s) => s.key === staffKey);
    if (!staffKey || !row || !isWorkingDay(staffKey, row.startDate, date)) continue;
    contacts.push({
      date,
      staffKey,
      employer: wish.employer,
      clientIndexes: [wish.clientIndex],
      mode: 'face-to-face',
      purpose: wish.purpose,
    });
  }
  return contacts.sort((a, b) => compareOrdinal(a.date, b.date));
}
