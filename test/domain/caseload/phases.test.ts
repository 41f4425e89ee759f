import { describe, expect, it } from 'vitest';
import { checkPhaseChange, clientState, type PhaseEvent } from '../../../src/domain';
import { daysInState, waitingDays } from '../../../src/domain/caseload/phases';

const at = (n: number) => `2025-01-01T00:00:0${n}.000Z`;
const move = (date: string, phase: 1 | 2 | 3 | 4 | 5, n = 0): PhaseEvent => ({
  date,
  kind: 'move',
  phase,
  closureReason: null,
  createdAt: at(n),
});
const close = (date: string, n = 0): PhaseEvent => ({ date, kind: 'close', phase: null, closureReason: 'moved', createdAt: at(n) });

describe('clientState', () => {
  it('is waiting with no events', () => {
    expect(clientState([])).toMatchObject({ status: 'waiting', phase: null, since: null });
  });

  it('follows the last event, going back a phase too, ordering same-day events by recording', () => {
    const events = [move('2025-03-01', 1, 0), move('2025-04-01', 3, 1), move('2025-04-01', 2, 2)];
    expect(clientState(events)).toMatchObject({ status: 'active', phase: 2, since: '2025-04-01' });
    expect(clientState([...events].reverse())).toMatchObject({ phase: 2 });
  });

  it('closes with the date and reason and remembers the phase before closure', () => {
    const state = clientState([move('2025-03-01', 1), move('2025-05-01', 5), close('2025-09-01')]);
    expect(state).toMatchObject({ status: 'closed', phase: null, closedDate: '2025-09-01', closureReason: 'moved', phaseBeforeClosure: 5 });
  });

  it('is active again after a reopen', () => {
    const reopen: PhaseEvent = { date: '2025-10-01', kind: 'reopen', phase: 5, closureReason: null, createdAt: at(3) };
    expect(clientState([move('2025-03-01', 5), close('2025-09-01'), reopen])).toMatchObject({
      status: 'active',
      phase: 5,
      closedDate: null,
    });
  });
});

describe('checkPhaseChange', () => {
  const client = { referralDate: '2025-02-01', startDate: '2025-03-01' };
  const history = [move('2025-03-01', 1), move('2025-04-01', 3)];
  const request = (kind: 'move' | 'close' | 'reopen', date: string, phase: 1 | 2 | 3 | 4 | 5 | null = null) => ({
    kind,
    date,
    phase,
    closureReason: kind === 'close' ? ('pension' as const) : null,
  });

  it('allows moving back a phase, on the day of the last change', () => {
    expect(checkPhaseChange(client, history, request('move', '2025-04-01', 2), '2025-05-01')).toBeNull();
  });

  it('refuses a date before the last change, in the future, or the same phase', () => {
    expect(checkPhaseChange(client, history, request('move', '2025-03-31', 4), '2025-05-01')).toBe('date-before-last-change');
    expect(checkPhaseChange(client, history, request('move', '2025-05-02', 4), '2025-05-01')).toBe('date-in-future');
    expect(checkPhaseChange(client, history, request('move', '2025-04-02', 3), '2025-05-01')).toBe('same-phase');
  });

  it('needs a start before a move and a reason for a closure', () => {
    expect(checkPhaseChange({ ...client, startDate: null }, [], request('move', '2025-04-02', 1), '2025-05-01')).toBe('not-started');
    expect(checkPhaseChange(client, history, { ...request('close', '2025-04-02'), closureReason: null }, '2025-05-01')).toBe(
      'reason-required',
    );
  });

  it('reopens only a closed client, not before the closure', () => {
    expect(checkPhaseChange(client, history, request('reopen', '2025-04-02', 3), '2025-05-01')).toBe('not-closed');
    const closed = [...history, close('2025-04-10', 5)];
    expect(checkPhaseChange(client, closed, request('move', '2025-04-11', 4), '2025-05-01')).toBe('already-closed');
    expect(checkPhaseChange(client, closed, request('reopen', '2025-04-09', 3), '2025-05-01')).toBe('date-before-last-change');
    expect(checkPhaseChange(client, closed, request('reopen', '2025-04-10', 3), '2025-05-01')).toBeNull();
  });

  it('lets a waiting client be closed, not before the referral', () => {
    const waiting = { referralDate: '2025-02-01', startDate: null };
    expect(checkPhaseChange(waiting, [], request('close', '2025-02-01'), '2025-05-01')).toBeNull();
    expect(checkPhaseChange(waiting, [], request('close', '2025-01-31'), '2025-05-01')).toBe('date-before-start');
  });
});

describe('waiting time and days in phase', () => {
  it('counts whole calendar days', () => {
    expect(waitingDays('2025-02-01', '2025-02-01')).toBe(0);
    expect(waitingDays('2025-02-01', '2025-03-01')).toBe(28);
    expect(daysInState(clientState([move('2025-03-01', 2)]), '2025-03-11')).toBe(10);
    expect(daysInState(clientState([]), '2025-03-11')).toBeNull();
  });
});
