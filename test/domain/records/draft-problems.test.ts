import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../../src/domain/records/draft-problems';
import { checkReviewFields, type ReviewFields } from '../../../src/domain/records/review';
import { PeriodSchema } from '../../../src/domain/records/review-evidence';
import { ServiceDraftSchema } from '../../../src/domain/records/service';

const FIELDS: ReviewFields = { firstDay: '2026-03-02', lastDay: '2026-03-03', type: 'external', reviewer1: 'Aino', reviewer2: '' };

describe('forms check their fields with the schema that guards the write (issue 18)', () => {
  it('a service draft: required name, lengths and identity codes, field by field', () => {
    expect(draftProblems(ServiceDraftSchema, { name: 'Kätevä', organisation: '', region: '', notes: '' })).toEqual({});
    expect(
      draftProblems(ServiceDraftSchema, { name: '   ', organisation: 'x'.repeat(201), region: '', notes: 'Asiakas 131052-308T' }),
    ).toEqual({
      name: { reason: 'too-short', min: 1 },
      organisation: { reason: 'too-long', max: 200 },
      notes: { reason: 'identity-code' },
    });
  });

  it('a review: a valid draft trims the names and leaves out an empty second reviewer', () => {
    const { draft, problems } = checkReviewFields({ ...FIELDS, reviewer1: '  Aino  ' });
    expect(draft).toEqual({ firstDay: '2026-03-02', lastDay: '2026-03-03', type: 'external', reviewers: ['Aino'] });
    expect(Object.values(problems).filter(Boolean)).toEqual([]);
  });

  it('a review: every field that is wrong is named at once, the reversed days beside a missing reviewer', () => {
    const { problems } = checkReviewFields({ ...FIELDS, lastDay: '2026-03-01', reviewer1: ' ', reviewer2: 'x'.repeat(201) });
    expect(problems).toEqual({
      firstDay: undefined,
      lastDay: { reason: 'days-reversed' },
      reviewer1: { reason: 'too-short', min: 1 },
      reviewer2: { reason: 'too-long', max: 200 },
    });
  });

  it('a review: a day that is not in the calendar is an invalid date, not a reversed period', () => {
    const { problems } = checkReviewFields({ ...FIELDS, firstDay: '2026-02-30', lastDay: '2026-02-01' });
    expect(problems.firstDay).toEqual({ reason: 'invalid-date' });
    expect(problems.lastDay).toBeUndefined();
  });

  it('an evidence period that ends before it starts is reported on its end', () => {
    expect(draftProblems(PeriodSchema, { from: '2026-02-01', to: '2026-01-01' })).toEqual({ to: { reason: 'days-reversed' } });
    expect(draftProblems(PeriodSchema, { from: '', to: '2026-01-01' })).toEqual({ from: { reason: 'invalid-date' } });
  });
});
