import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, toIsoDate } from '../../src/domain/dates';

describe('ISO calendar dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds months across year ends and clamps the day', () => {
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addMonths('2022-01-15', -2)).toBe('2021-11-15');
  });

  it('counts whole calendar days, unaffected by daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('takes the local calendar date of an instant', () => {
    expect(toIsoDate(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});
