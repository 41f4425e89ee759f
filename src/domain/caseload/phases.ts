import { daysBetween, type IsoDate } from '../dates';
import { compareOrdinal } from '../collation';

/**
 * The five IPS phases used in Finland (ips-fidelity.md §4.2, THL): 1 agreeing with the client,
 * 2 career profile, 3 job search, 4 agreeing with the employer / job start, 5 support in and
 * outside work. Closure is not a phase but a state with a reason.
 */
export const PHASES = [1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];

export const CLOSURE_REASONS = ['stepped-down', 'no-longer-wants-work', 'moved', 'pension', 'other-services', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CHANGE_KINDS = ['move', 'close', 'reopen'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One recorded event of a client's path; `phase` is the phase entered (null for a closure). */
export interface PhaseEvent {
  date: IsoDate;
  kind: ChangeKind;
  phase: Phase | null;
  closureReason: ClosureReason | null;
  /** Orders events recorded on the same day. */
  createdAt: string;
}

export type ClientStatus = 'waiting' | 'active' | 'closed';

export interface ClientState {
  status: ClientStatus;
  /** The current phase; null while waiting or closed. */
  phase: Phase | null;
  /** The day the current state began (last event), or null when nothing has happened yet. */
  since: IsoDate | null;
  closedDate: IsoDate | null;
  closureReason: ClosureReason | null;
  /** The phase before the closure, to which a reopen returns (null: the client had not started). */
  phaseBeforeClosure: Phase | null;
}

/** Events in the order they happened: by date, then by when they were recorded. */
export function sortEvents<T extends PhaseEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareOrdinal(a.date, b.date) || compareOrdinal(a.createdAt, b.createdAt));
}

/**
 * A client's current state from their dated history (issue 3, "Phases"): the last event decides.
 * With no events the client is waiting (referred, not yet accepted onto the caseload).
 */
export function clientState(events: readonly PhaseEvent[]): ClientState {
  const ordered = sortEvents(events);
  let phase: Phase | null = null;
  let state: ClientState = { status: 'waiting', phase: null, since: null, closedDate: null, closureReason: null, phaseBeforeClosure: null };
  for (const event of ordered) {
    if (event.kind === 'close') {
      state = {
        status: 'closed',
        phase: null,
        since: event.date,
        closedDate: event.date,
        closureReason: event.closureReason,
        phaseBeforeClosure: phase,
      };
      phase = null;
    } else {
      phase = event.phase;
      state = {
        status: phase === null ? 'waiting' : 'active',
        phase,
        since: event.date,
        closedDate: null,
        closureReason: null,
        phaseBeforeClosure: null,
      };
    }
  }
  return state;
}

export type PhaseChangeProblem =
  | 'date-in-future'
  | 'date-before-last-change'
  | 'date-before-start'
  | 'same-phase'
  | 'not-started'
  | 'already-closed'
  | 'not-closed'
  | 'reason-required';

export interface PhaseChangeRequest {
  kind: ChangeKind;
  date: IsoDate;
  phase: Phase | null;
  closureReason: ClosureReason | null;
}

/**
 * Whether a phase change may be recorded (issue 3). Any move between phases 1–5 (going back
 * too: paths are not straight) for a client who has started; closing anyone not closed, with a
 * reason; reopening only a closed client. The date may not be in the future, before the start,
 * or before the last recorded change (the history must stay in order). Returns the problem or null.
 */
export function checkPhaseChange(
  client: { referralDate: IsoDate; startDate: IsoDate | null },
  events: readonly PhaseEvent[],
  request: PhaseChangeRequest,
  today: IsoDate,
): PhaseChangeProblem | null {
  const state = clientState(events);
  const last = sortEvents(events).at(-1);
  if (request.date > today) return 'date-in-future';
  if (request.date < client.referralDate) return 'date-before-start';
  if (last && request.date < last.date) return 'date-before-last-change';
  if (request.kind === 'move') {
    if (state.status === 'closed') return 'already-closed';
    if (client.startDate === null) return 'not-started';
    if (request.date < client.startDate) return 'date-before-start';
    if (request.phase === null || request.phase === state.phase) return 'same-phase';
  } else if (request.kind === 'close') {
    if (state.status === 'closed') return 'already-closed';
    if (request.closureReason === null) return 'reason-required';
  } else if (state.status !== 'closed') {
    return 'not-closed';
  }
  return null;
}

/** Whole days since the current state began (issue 3, "sorts by … days in phase"); null when nothing has happened. */
export function daysInState(state: ClientState, today: IsoDate): number | null {
  return state.since === null ? null : daysBetween(state.since, today);
}

/** How long a referred client has waited for a start (issue 3, "clients waiting … how long"). */
export function waitingDays(referralDate: IsoDate, today: IsoDate): number {
  return daysBetween(referralDate, today);
}

/**
 * The date a move offered after a job start can carry (issue 15): the job's start, but never
 * before the client's start or the last recorded change (the history must stay in order) and
 * never after today. So a job entered late, after later phase entries, still gets a date the
 * move accepts — the last change's day — instead of a prompt that cannot be accepted.
 */
export function dateForMoveAfterJob(
  client: { referralDate: IsoDate; startDate: IsoDate | null },
  events: readonly PhaseEvent[],
  jobStart: IsoDate,
  today: IsoDate,
): IsoDate {
  const last = sortEvents(events).at(-1)?.date;
  const floors = [jobStart, client.referralDate, client.startDate ?? client.referralDate, last ?? client.referralDate];
  const latest = floors.reduce((a, b) => (b > a ? b : a));
  return latest > today ? today : latest;
}
