import { describe, expect, it } from 'vitest';
import {
  caseloadScore,
  capByLogReview,
  competitiveJobsScore,
  diversityScore,
  rapidJobSearchScore,
  roundHalfUp,
  weeklyContactScore,
} from '../../../src/domain/evidence/bands';

describe('the anchors of evidence-rules.md §3, at every boundary', () => {
  it.each([
    [20, 5],
    [20.01, 4],
    [25, 4],
    [25.5, 3],
    [30, 3],
    [30.1, 2],
    [40, 2],
    [40.01, 1],
  ])('caseload %f → %i', (value, score) => {
    expect(caseloadScore(value)).toBe(score);
  });
  it.each([
    [30, 5],
    [30.5, 4],
    [60, 4],
    [61, 3],
    [150, 3],
    [150.5, 2],
    [270, 2],
    [271, 1],
  ])('days to first contact %f → %i', (value, score) => {
    expect(rapidJobSearchScore(value)).toBe(score);
  });
  it.each([
    [6, 5],
    [5.99, 4],
    [5, 4],
    [4.99, 3],
    [4, 3],
    [3.99, 2],
    [2, 2],
    [1.99, 1],
    [0, 1],
  ])('weekly contacts %f → %i', (value, score) => {
    expect(weeklyContactScore(value)).toBe(score);
  });
  it.each([
    [85, 5],
    [84.9, 4],
    [70, 4],
    [69.9, 3],
    [60, 3],
    [59.9, 2],
    [50, 2],
    [49.9, 1],
  ])('diversity %f%% → %i', (value, score) => {
    expect(diversityScore(value)).toBe(score);
  });
  it.each([
    [95, 5],
    [94.9, 4],
    [85, 4],
    [84.9, 3],
    [75, 3],
    [74.9, 2],
    [64, 2],
    [63.9, 1],
  ])('competitive %f%% → %i', (value, score) => {
    expect(competitiveJobsScore(value, 10)).toBe(score);
  });
  it.each([
    [100, 9, 1],
    [100, 1, 1],
    [100, 10, 5],
    [95, 20, 5],
    [0, 10, 1],
  ])('competitive %f%% of %i current jobs → %i', (value, jobs, score) => {
    expect(competitiveJobsScore(value, jobs)).toBe(score);
  });
  it.each([
    [5, 'weekly', 5],
    [5, undefined, 5],
    [5, null, 5],
    [5, 'monthly', 4],
    [4, 'monthly', 4],
    [3, 'monthly', 3],
    [5, 'none', 2],
    [3, 'none', 2],
    [2, 'none', 2],
    [1, 'none', 1],
    [1, 'monthly', 1],
  ] as const)('score %i with log review %s → %i', (score, review, capped) => {
    expect(capByLogReview(score, review)).toBe(capped);
  });
  it('rounds a mean score half up', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.49)).toBe(2);
    expect(roundHalfUp(4.5)).toBe(5);
  });
});
