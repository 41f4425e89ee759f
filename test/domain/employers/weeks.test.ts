import { describe, expect, it } from 'vitest';
import { isoWeek, lastWeeks, weekEnd, weekKey, weekStart } from '../../../src/domain/employers/weeks';

describe('ISO weeks, Monday first', () => {
  it('puts Sunday in the week that started the Monday before, and Monday in a new week', () => {
    expect(weekStart('2025-03-09')).toBe('2025-03-03'); // Sunday
    expect(weekEnd('2025-03-09')).toBe('2025-03-09');
    expect(weekStart('2025-03-10')).toBe('2025-03-10'); // Monday
    expect(weekKey('2025-03-09')).toBe('2025-W10');
    expect(weekKey('2025-03-10')).toBe('2025-W11');
  });

  it('handles year ends: week 53 of 2020, week 1 of 2025 starting in December', () => {
    expect(weekKey('2020-12-31')).toBe('2020-W53');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2021-01-04')).toBe('2021-W01');
    expect(weekKey('2024-12-29')).toBe('2024-W52'); // Sunday
    expect(weekKey('2024-12-30')).toBe('2025-W01'); // Monday, in the week of 2 January 2025
    expect(isoWeek('2025-01-01')).toEqual({ key: '2025-W01', year: 2025, week: 1, start: '2024-12-30', end: '2025-01-05' });
    expect(weekKey('2026-12-31')).toBe('2026-W53');
    expect(weekKey('2027-01-01')).toBe('2026-W53');
  });

  it('lists the 12 weeks ending with the current one, oldest first, across a year end', () => {
    const weeks = lastWeeks('2025-01-08');
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)?.key).toBe('2025-W02');
    expect(weeks[0]?.key).toBe('2024-W43');
    expect(weeks.map((w) => w.key)).toContain('2025-W01');
    for (let i = 1; i < weeks.length; i += 1) expect((weeks[i]?.start ?? '') > (weeks[i - 1]?.end ?? '')).toBe(true);
    expect(lastWeeks('2025-03-09', 1)).toEqual([isoWeek('2025-03-03')]);
  });
});
