import { describe, expect, it } from 'vitest';
import { loadAfterAssignment } from '../../../src/domain/caseload/capacity';
import { codeMatches } from '../../../src/domain/caseload/client-list';
import { checkPhaseChange, dateForMoveAfterJob, type PhaseEvent } from '../../../src/domain/caseload/phases';

describe('searching clients by code', () => {
  it('finds a code from any part of it, ignoring case, spaces, dashes and leading zeros', () => {
    expect(codeMatches('KÄT-014', 'kät-014')).toBe(true);
    expect(codeMatches('KÄT-014', '014')).toBe(true);
    expect(codeMatches('KÄT-014', 'kät 14')).toBe(true);
    expect(codeMatches('KÄT-014', 'kät14')).toBe(true);
    expect(codeMatches('KÄT-014', '')).toBe(true);
    expect(codeMatches('KÄT-014', 'kät-015')).toBe(false);
    expect(codeMatches('KAT-014', 'kät')).toBe(false);
    expect(codeMatches('KÄT-104', '14')).toBe(false);
  });
});

describe('the load after an assignment', () => {
  const anna = { id: 'anna', fte: 0.8 };
  const clients = Array.from({ length: 16 }, (_, i) => ({
    id: `c${i}`,
    specialistId: 'anna',
    startDate: '2026-01-01',
    closedDate: i === 0 ? '2026-06-01' : null,
  }));
  it('counts the active clients plus this one against 20 × FTE', () => {
    // 15 active (one closed) + the new one = 16 of 16: at the limit, not over.
    expect(loadAfterAssignment(anna, clients, null, '2026-12-06')).toEqual({ after: 16, capacity: 16, isOver: false });
    const more = [...clients, { id: 'x', specialistId: 'anna', startDate: '2026-02-01', closedDate: null }];
    expect(loadAfterAssignment(anna, more, null, '2026-12-06')).toEqual({ after: 17, capacity: 16, isOver: true });
  });
  it('does not count a client already on the caseload twice', () => {
    const more = [...clients, { id: 'x', specialistId: 'anna', startDate: '2026-02-01', closedDate: null }];
    expect(loadAfterAssignment(anna, more, 'x', '2026-12-06').after).toBe(16);
  });
});

describe('the date offered for the move to phase 5 after a job start', () => {
  const client = { referralDate: '2026-09-01', startDate: '2026-09-10' };
  const event = (date: string, phase: 1 | 2 | 3 | 4 | 5): PhaseEvent => ({
    date,
    kind: 'move',
    phase,
    closureReason: null,
    createdAt: `${date}T10:00:00Z`,
  });
  const today = '2026-12-06';

  it('is the job start when nothing later is recorded, and today for a job starting later', () => {
    expect(dateForMoveAfterJob(client, [event('2026-09-10', 1)], '2026-11-02', today)).toBe('2026-11-02');
    expect(dateForMoveAfterJob(client, [event('2026-09-10', 1)], '2026-12-20', today)).toBe(today);
  });

  it('is the last phase change when one is recorded after the job start, and the move is then accepted', () => {
    const events = [event('2026-09-10', 1), event('2026-11-20', 3)];
    const date = dateForMoveAfterJob(client, events, '2026-11-02', today);
    expect(date).toBe('2026-11-20');
    // The start date itself would be refused, which is what left the prompt stuck before.
    expect(checkPhaseChange(client, events, { kind: 'move', date: '2026-11-02', phase: 5, closureReason: null }, today)).toBe(
      'date-before-last-change',
    );
    expect(checkPhaseChange(client, events, { kind: 'move', date, phase: 5, closureReason: null }, today)).toBeNull();
  });
});
