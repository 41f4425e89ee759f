import { describe, expect, it } from 'vitest';
import {
  competitiveSoFar,
  completeAnswers,
  failedQuestions,
  isCompetitive,
  NO_ANSWERS,
} from '../../../src/domain/caseload/competitive-job';
import { JobSchema } from '../../../src/domain/records/caseload';

const ALL_YES = { openMarket: true, usualPay: true, notReserved: true, notTimeLimited: true };

describe('a competitive job (issue 16)', () => {
  it('is competitive exactly when all four answers are yes', () => {
    expect(isCompetitive(ALL_YES)).toBe(true);
    for (const question of Object.keys(ALL_YES) as (keyof typeof ALL_YES)[]) {
      const answers = { ...ALL_YES, [question]: false };
      expect(isCompetitive(answers), question).toBe(false);
      expect(failedQuestions(answers)).toEqual([question]);
    }
  });

  it('is decided by the first no, and open while answers are missing', () => {
    expect(competitiveSoFar(NO_ANSWERS)).toBeNull();
    expect(competitiveSoFar({ ...NO_ANSWERS, usualPay: false })).toBe(false);
    expect(competitiveSoFar({ ...ALL_YES, notTimeLimited: null })).toBeNull();
    expect(competitiveSoFar(ALL_YES)).toBe(true);
    expect(completeAnswers({ ...ALL_YES, openMarket: null })).toBeNull();
    expect(completeAnswers(ALL_YES)).toEqual(ALL_YES);
  });

  it('cannot be stored with a flag the answers do not give; without answers the stored flag stands', () => {
    const job = {
      id: 'j1',
      serviceId: 's1',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      deletedAt: null,
      clientId: 'c1',
      employerId: 'e1',
      title: 'Kokki',
      jobType: 'Ravintola',
      startDate: '2026-11-01',
      endDate: null,
      hoursPerWeek: null,
      paySubsidy: true,
    };
    expect(JobSchema.safeParse({ ...job, competitive: true, competitiveAnswers: ALL_YES }).success).toBe(true);
    expect(JobSchema.safeParse({ ...job, competitive: true, competitiveAnswers: { ...ALL_YES, notReserved: false } }).success).toBe(false);
    expect(JobSchema.safeParse({ ...job, competitive: false, competitiveAnswers: null }).success).toBe(true);
    expect(JobSchema.safeParse({ ...job, competitive: true, competitiveAnswers: null }).success).toBe(true);
  });
});
