import { describe, expect, it } from 'vitest';
import { nextReviewDue } from '../../../src/domain';

describe('nextReviewDue', () => {
  it('is six months later below 100 points', () => {
    expect(nextReviewDue('2022-10-11', 91)).toBe('2023-04-11');
    expect(nextReviewDue('2022-10-11', 99)).toBe('2023-04-11');
  });

  it('is twelve months later at 100 points or more', () => {
    expect(nextReviewDue('2022-10-11', 100)).toBe('2023-10-11');
    expect(nextReviewDue('2022-10-11', 125)).toBe('2023-10-11');
  });

  it('clamps the day to the last day of the month', () => {
    expect(nextReviewDue('2025-08-31', 80)).toBe('2026-02-28');
    expect(nextReviewDue('2023-08-31', 80)).toBe('2024-02-29');
    expect(nextReviewDue('2024-02-29', 110)).toBe('2025-02-28');
    expect(nextReviewDue('2025-12-31', 50)).toBe('2026-06-30');
  });
});
