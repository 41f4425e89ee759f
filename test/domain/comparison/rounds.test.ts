import { describe, expect, it } from 'vitest';
import { byVisitDate, defaultPair, previousFinalReview, resolvePair, type ReviewRef } from '../../../src/domain/comparison/rounds';

function review(id: string, firstDay: string, status: ReviewRef['status'] = 'final', createdAt = `${firstDay}T08:00:00.000Z`): ReviewRef {
  return { id, firstDay, lastDay: firstDay, status, createdAt };
}

const r2021 = review('r2021', '2021-10-12');
const r2022 = review('r2022', '2022-10-11');
const draft2023 = review('d2023', '2023-04-12', 'in-progress');
const draft2020 = review('d2020', '2020-05-01', 'in-progress');

describe('byVisitDate', () => {
  it('orders by first day, then last day, then creation', () => {
    const sameDayLater = review('b', '2022-10-11', 'final', '2022-10-11T09:00:00.000Z');
    const longer = { ...review('c', '2022-10-11'), lastDay: '2022-10-12' };
    expect([longer, sameDayLater, r2022, r2021].sort(byVisitDate).map((r) => r.id)).toEqual(['r2021', 'r2022', 'b', 'c']);
  });
});

describe('previousFinalReview', () => {
  it('is the latest final review before the current one', () => {
    expect(previousFinalReview([r2022, draft2023, r2021], draft2023)?.id).toBe('r2022');
    expect(previousFinalReview([r2022, r2021], r2022)?.id).toBe('r2021');
  });

  it('skips reviews that are not final and reviews after the current one', () => {
    const draft2022 = review('d2022', '2022-12-01', 'in-progress');
    expect(previousFinalReview([r2021, draft2022, r2022, draft2023], draft2023)?.id).toBe('r2022');
    expect(previousFinalReview([r2021, r2022], draft2020)).toBeNull();
    expect(previousFinalReview([draft2023], draft2023)).toBeNull();
  });
});

describe('defaultPair', () => {
  it('takes the last two final reviews, even when a newer one is in progress', () => {
    const pair = defaultPair([draft2023, r2022, r2021]);
    expect([pair?.baseline.id, pair?.compared.id]).toEqual(['r2021', 'r2022']);
  });

  it('falls back to the last two reviews of any status with fewer than two final ones', () => {
    const pair = defaultPair([draft2023, r2022]);
    expect([pair?.baseline.id, pair?.compared.id]).toEqual(['r2022', 'd2023']);
    expect(defaultPair([r2022])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});

describe('resolvePair', () => {
  const reviews = [draft2023, r2022, r2021];

  it('uses the requested reviews in the requested roles', () => {
    const { pair, problem } = resolvePair(reviews, { baseline: 'r2022', compared: 'r2021' });
    expect([pair?.baseline.id, pair?.compared.id, problem]).toEqual(['r2022', 'r2021', null]);
  });

  it('uses the default pair when nothing is requested', () => {
    expect(resolvePair(reviews, { baseline: null, compared: null })).toMatchObject({
      pair: { baseline: r2021, compared: r2022 },
      problem: null,
    });
  });

  it('falls back to the default pair and says so when an id is not a review of the service', () => {
    expect(resolvePair(reviews, { baseline: 'nope', compared: 'd2023' })).toMatchObject({
      pair: { baseline: r2021, compared: r2022 },
      problem: 'unknown-review',
    });
  });

  it('refuses the same review twice and a service with fewer than two reviews', () => {
    expect(resolvePair(reviews, { baseline: 'r2022', compared: 'r2022' })).toEqual({ pair: null, problem: 'same-review' });
    expect(resolvePair([r2022], { baseline: null, compared: null })).toEqual({ pair: null, problem: 'too-few-reviews' });
  });

  it('fills a missing id from the default pair', () => {
    const { pair } = resolvePair(reviews, { baseline: 'd2023', compared: null });
    expect([pair?.baseline.id, pair?.compared.id]).toEqual(['d2023', 'r2022']);
  });
});
