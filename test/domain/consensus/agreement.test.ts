import { describe, expect, it } from 'vitest';
import { agreementFigures, compareReviewers, disagreementsFirst } from '../../../src/domain/consensus/agreement';
import { canSeeOtherScores, isReadyForConsensus } from '../../../src/domain/consensus/blind';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import type { RatingsByItem } from '../../../src/domain/fidelity/scoring';

const all = (score: number): RatingsByItem => Object.fromEntries(ITEM_IDS.map((id) => [id, score]));

describe('agreement figures', () => {
  it('is 100 % exact when both gave the same 25 scores', () => {
    const figures = agreementFigures(compareReviewers(all(4), all(4)));
    expect(figures).toEqual({ bothRated: 25, exact: 25, withinOne: 25, exactPercent: 100, withinOnePercent: 100 });
  });

  it('counts a one-point difference as within one but not exact, and two points as neither', () => {
    const second = { ...all(3), 'staffing-1': 4, 'staffing-2': 5, 'services-14': 1 };
    const figures = agreementFigures(compareReviewers(all(3), second));
    expect(figures.bothRated).toBe(25);
    expect(figures.exact).toBe(22);
    expect(figures.withinOne).toBe(23);
    expect(figures.exactPercent).toBe(88);
    expect(figures.withinOnePercent).toBe(92);
  });

  it('leaves items only one reviewer scored out of the base', () => {
    const first: RatingsByItem = { 'staffing-1': 2, 'staffing-2': 5, 'staffing-3': 4 };
    const second: RatingsByItem = { 'staffing-1': 2, 'staffing-2': 4 };
    const figures = agreementFigures(compareReviewers(first, second));
    expect(figures).toEqual({ bothRated: 2, exact: 1, withinOne: 2, exactPercent: 50, withinOnePercent: 100 });
  });

  it('gives no percentage (null, not 0 or NaN) when no item was scored by both', () => {
    const figures = agreementFigures(compareReviewers({ 'staffing-1': 3 }, {}));
    expect(figures.exactPercent).toBeNull();
    expect(figures.withinOnePercent).toBeNull();
  });

  it('ignores scores outside 1–5', () => {
    const [first] = compareReviewers({ 'staffing-1': 7 }, { 'staffing-1': 3 });
    expect(first).toEqual({ itemId: 'staffing-1', first: null, second: 3, difference: null });
  });
});

describe('disagreements first', () => {
  it('orders the largest difference first, then one-sided, then unrated, then agreements, scale order within each', () => {
    const first = {
      ...all(3),
      'organization-2': 1,
      'services-3': 5,
      'services-9': 2,
      'staffing-3': null,
      'services-1': null,
      'services-2': null,
    };
    const second = {
      ...all(3),
      'organization-2': 2,
      'services-3': 1,
      'services-9': 4,
      'staffing-3': 4,
      'services-1': null,
      'services-2': 3,
    };
    const order = disagreementsFirst(compareReviewers(first, second)).map((c) => c.itemId);
    expect(order.slice(0, 6)).toEqual(['services-3', 'services-9', 'organization-2', 'staffing-3', 'services-2', 'services-1']);
    expect(order.slice(6)).toEqual(ITEM_IDS.filter((id) => !order.slice(0, 6).includes(id)));
  });
});

describe('blind rating', () => {
  const rating = { finishedAt: null, revealedAt: null };
  const finished = { finishedAt: '2025-03-10T10:00:00.000Z', revealedAt: null };
  it('hides the other scores until both have finished', () => {
    expect(canSeeOtherScores(rating, rating)).toBe(false);
    expect(canSeeOtherScores(finished, rating)).toBe(false);
    expect(canSeeOtherScores(rating, finished)).toBe(false);
    expect(canSeeOtherScores(finished, null)).toBe(false);
    expect(canSeeOtherScores(finished, finished)).toBe(true);
  });

  it('shows them to a reviewer who chose to reveal, and only to them', () => {
    const revealed = { finishedAt: null, revealedAt: '2025-03-10T10:00:00.000Z' };
    expect(canSeeOtherScores(revealed, rating)).toBe(true);
    expect(canSeeOtherScores(rating, revealed)).toBe(false);
  });

  it('is ready for consensus only with two finished reviewers', () => {
    expect(isReadyForConsensus([finished])).toBe(false);
    expect(isReadyForConsensus([finished, rating])).toBe(false);
    expect(isReadyForConsensus([finished, finished])).toBe(true);
  });
});
