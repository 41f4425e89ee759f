import { describe, expect, it } from 'vitest';
import { caseloadCapacity, caseloadRatio, isActiveOn, isEmployedOn, limitStatus } from '../../../src/domain';

describe('caseloadCapacity (evidence-rules §4)', () => {
  it('is 20 × FTE', () => {
    expect(caseloadCapacity(1)).toBe(20);
    expect(caseloadCapacity(0.5)).toBe(10);
    expect(caseloadCapacity(0)).toBe(0);
    expect(caseloadCapacity(0.7)).toBe(14);
  });
});

describe('limitStatus (evidence-rules §4)', () => {
  it('is under below, at when equal and over above the capacity', () => {
    expect(limitStatus(9, 10)).toBe('under');
    expect(limitStatus(10, 10)).toBe('at');
    expect(limitStatus(11, 10)).toBe('over');
    expect(limitStatus(18, caseloadCapacity(1))).toBe('under');
  });
});

describe('isActiveOn (evidence-rules §2)', () => {
  const client = { startDate: '2025-03-10', closedDate: '2025-06-30' };
  it('counts the start day and not the day before', () => {
    expect(isActiveOn(client, '2025-03-09')).toBe(false);
    expect(isActiveOn(client, '2025-03-10')).toBe(true);
  });
  it('does not count the closing day, but the day before it', () => {
    expect(isActiveOn(client, '2025-06-29')).toBe(true);
    expect(isActiveOn(client, '2025-06-30')).toBe(false);
  });
  it('treats a missing closing date as still active and a waiting client as inactive', () => {
    expect(isActiveOn({ startDate: '2025-03-10', closedDate: null }, '2030-01-01')).toBe(true);
    expect(isActiveOn({ startDate: '2025-03-10' }, '2030-01-01')).toBe(true);
    expect(isActiveOn({ startDate: null, closedDate: null }, '2030-01-01')).toBe(false);
  });
});

describe('isEmployedOn', () => {
  it('includes both the start and the end day', () => {
    const member = { startDate: '2025-01-01', endDate: '2025-12-31' };
    expect(isEmployedOn(member, '2024-12-31')).toBe(false);
    expect(isEmployedOn(member, '2025-01-01')).toBe(true);
    expect(isEmployedOn(member, '2025-12-31')).toBe(true);
    expect(isEmployedOn(member, '2026-01-01')).toBe(false);
  });
});

describe('caseloadRatio (staffing-1)', () => {
  const specialists = [
    { id: 'a', fte: 1 },
    { id: 'b', fte: 0.5 },
    { id: 'c', fte: 0 },
  ];
  const client = (specialistId: string | null, startDate: string, closedDate: string | null = null) => ({
    specialistId,
    startDate,
    closedDate,
  });
  it('divides active clients of counted specialists by their total FTE', () => {
    const clients = [
      client('a', '2025-01-01'),
      client('a', '2025-01-01'),
      client('b', '2025-01-01'),
      client('c', '2025-01-01'), // FTE 0: not a counted specialist
      client(null, '2025-01-01'), // unassigned
      client('a', '2025-02-01', '2025-03-01'), // closed on the day
      client('b', '2025-03-02'), // starts after the day
    ];
    expect(caseloadRatio(specialists, clients, '2025-03-01')).toEqual({ value: 2, basis: 3, totalFte: 1.5 });
  });
  it('is absent when no specialist counts', () => {
    expect(caseloadRatio([{ id: 'c', fte: 0 }], [client('c', '2025-01-01')], '2025-03-01')).toBeNull();
  });
});
