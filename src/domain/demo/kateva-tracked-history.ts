import type { ChangeKind, ClosureReason, Phase } from '../caseload/phases';
import { addDays, daysBetween, type IsoDate } from '../dates';
import { isWorkingDay, randomInt, SNAPSHOT_DAY, type Random } from './kateva-tracked-calendar';
import content from './kateva-tracked-content.json';
import type { PlannedClient } from './kateva-tracked-plan';
import { compareOrdinal } from '../collation';

/*
 * The dated histories of the planned clients: their path through the five phases and who their
 * employment specialist was. Both are derived from the plan, so a client's phases always agree
 * with their jobs and closure.
 */

export interface PlannedPhaseChange {
  date: IsoDate;
  kind: ChangeKind;
  phase: Phase | null;
  reason: ClosureReason | null;
}

export interface PlannedAssignment {
  clientIndex: number;
  date: IsoDate;
  staffKey: string;
}

/**
 * A client's phase changes (issue 3 "Phases"): phase 1 on the start, career profile, job search
 * around the first employer contact, 4 when a job is agreed, 5 once in work, back to 3 when a job
 * ends without a next one; a closure ends the history, and so does `until` (not included). Dates
 * only move forward; the random draws do not depend on `until`.
 */
export function planPhaseChanges(random: Random, client: PlannedClient, until: IsoDate = addDays(SNAPSHOT_DAY, 1)): PlannedPhaseChange[] {
  const start = client.startDate;
  if (start === null) return [];
  const changes: PlannedPhaseChange[] = [{ date: start, kind: 'move', phase: 1, reason: null }];
  let last = start;
  let phase: Phase = 1;
  const move = (date: IsoDate, to: Phase) => {
    if (to === phase) return;
    last = date > last ? date : addDays(last, 1);
    phase = to;
    changes.push({ date: last, kind: 'move', phase: to, reason: null });
  };
  const firstJob = client.jobs[0];
  move(addDays(start, randomInt(random, 7, 20)), 2);
  let searchFrom =
    client.firstContact === null ? addDays(start, randomInt(random, 30, 70)) : addDays(client.firstContact, -randomInt(random, 0, 5));
  if (firstJob && searchFrom > addDays(firstJob.start, -15)) searchFrom = addDays(firstJob.start, -15);
  move(searchFrom, 3);
  client.jobs.forEach((job, index) => {
    const next = client.jobs[index + 1];
    move(addDays(job.start, -randomInt(random, 5, 12)), 4);
    const settled = addDays(job.start, randomInt(random, 10, 25));
    if (job.end === null || settled < job.end) move(settled, 5);
    if (job.end !== null && (!next || daysBetween(job.end, next.start) > 30)) move(addDays(job.end, randomInt(random, 2, 9)), 3);
  });
  const end = client.closure?.date ?? until;
  const kept = changes.filter((change) => change.date < end);
  const pause = client.interruption;
  if (pause) {
    const phaseThen = [...kept].reverse().find((change) => change.date < pause.closed)?.phase ?? 1;
    kept.push({ date: pause.closed, kind: 'close', phase: null, reason: pause.reason });
    kept.push({ date: pause.reopened, kind: 'reopen', phase: phaseThen, reason: null });
    kept.sort((a, b) => compareOrdinal(a.date, b.date));
  }
  if (client.closure) kept.push({ date: client.closure.date, kind: 'close', phase: null, reason: client.closure.reason });
  return kept;
}

interface StaffRow {
  key: string;
  role: string;
  fte: number;
  startDate: IsoDate;
}
const SPECIALISTS = (content.staff as StaffRow[]).filter((member) => member.role === 'specialist');
/** The day the new specialist took over part of the others' caseloads. */
const REBALANCE_DAY: IsoDate = '2022-03-07';
const REBALANCE_COUNT = 6;
/**
 * Holiday cover, so that the 2022 notes ("one specialist briefly had 21 clients in the summer")
 * hold: Hanna's two newest clients moved to Joonas for her holiday and stayed with him, which put
 * him at 21 until his caseload shrank again in August.
 */
const COVER = { date: '2022-07-11', from: 's3', to: 's5', count: 2 } as const;

type Happening = { date: IsoDate; order: number; clientIndex: number; kind: 'start' | 'close' | 'reopen' | 'rebalance' | 'cover' };

/**
 * Who carried each client: a new client goes to the specialist with the most room (active clients
 * against 20 × FTE) on the start day, as Kätevä's team leader did; when the new specialist started
 * in March 2022 they took over the newest clients of the fullest caseloads; a specialist on summer
 * holiday takes no new clients. Returns the assignments oldest first.
 */
export function planAssignments(clients: readonly PlannedClient[]): PlannedAssignment[] {
  const happenings: Happening[] = [
    { date: REBALANCE_DAY, order: 2, clientIndex: -1, kind: 'rebalance' },
    { date: COVER.date, order: 2, clientIndex: -1, kind: 'cover' },
  ];
  clients.forEach((client, clientIndex) => {
    if (client.startDate !== null) happenings.push({ date: client.startDate, order: 1, clientIndex, kind: 'start' });
    if (client.closure) happenings.push({ date: client.closure.date, order: 0, clientIndex, kind: 'close' });
    if (client.interruption) {
      happenings.push({ date: client.interruption.closed, order: 0, clientIndex, kind: 'close' });
      happenings.push({ date: client.interruption.reopened, order: 1, clientIndex, kind: 'reopen' });
    }
  });
  happenings.sort((a, b) => compareOrdinal(a.date, b.date) || a.order - b.order || a.clientIndex - b.clientIndex);

  const active = new Map(SPECIALISTS.map((s) => [s.key, [] as number[]]));
  const current = new Map<number, string>();
  const assignments: PlannedAssignment[] = [];
  const fullness = (s: StaffRow) => (active.get(s.key)?.length ?? 0) / (20 * s.fte);
  const assign = (clientIndex: number, staffKey: string, date: IsoDate) => {
    const before = current.get(clientIndex);
    if (before !== undefined)
      active.set(
        before,
        (active.get(before) ?? []).filter((i) => i !== clientIndex),
      );
    active.get(staffKey)?.push(clientIndex);
    current.set(clientIndex, staffKey);
    assignments.push({ clientIndex, date, staffKey });
  };

  for (const happening of happenings) {
    const { date, clientIndex } = happening;
    const employed = SPECIALISTS.filter((s) => s.startDate <= date);
    if (happening.kind === 'start') {
      const atWork = employed.filter((s) => isWorkingDay(s.key, s.startDate, date));
      const promised = employed.find((s) => s.key === clients[clientIndex]?.promisedTo);
      const chosen = promised ?? (atWork.length > 0 ? atWork : employed).reduce((best, s) => (fullness(s) < fullness(best) ? s : best));
      assign(clientIndex, chosen.key, date);
    } else if (happening.kind === 'close') {
      const key = current.get(clientIndex) ?? '';
      active.set(
        key,
        (active.get(key) ?? []).filter((i) => i !== clientIndex),
      );
    } else if (happening.kind === 'reopen') {
      active.get(current.get(clientIndex) ?? '')?.push(clientIndex);
    } else if (happening.kind === 'cover') {
      for (const moved of (active.get(COVER.from) ?? []).slice(-COVER.count)) assign(moved, COVER.to, date);
    } else {
      const newcomer = employed.find((s) => s.startDate > addDays(date, -30));
      for (let n = 0; newcomer && n < REBALANCE_COUNT; n += 1) {
        const fullest = employed.filter((s) => s !== newcomer).reduce((best, s) => (fullness(s) > fullness(best) ? s : best));
        const newest = active.get(fullest.key)?.at(-1);
        if (newest !== undefined) assign(newest, newcomer.key, date);
      }
    }
  }
  return assignments;
}
