import { describe, expect, it } from 'vitest';
import { countFollowUps, followUpRows } from '../../../src/domain/comparison/follow-ups';
import type { RecommendationFollowUp } from '../../../src/domain/records/follow-up';
import type { Recommendation } from '../../../src/domain/records/review';

const AT = '2023-04-12T08:00:00.000Z';
const sync = { serviceId: 's', createdAt: AT, updatedAt: AT, deletedAt: null };

function rec(id: string): Recommendation {
  return { id, ...sync, reviewId: 'old', itemId: 'services-6', text: `text ${id}`, priority: 'high' };
}

function follow(
  id: string,
  recommendationId: string,
  status: RecommendationFollowUp['status'],
  extra: Partial<RecommendationFollowUp> = {},
): RecommendationFollowUp {
  return { id, ...sync, reviewId: 'new', recommendationId, status, note: '', ...extra };
}

describe('followUpRows', () => {
  it('pairs each recommendation with its follow-up, keeping the given order', () => {
    const rows = followUpRows([rec('a'), rec('b'), rec('c')], [follow('f1', 'c', 'done'), follow('f2', 'a', 'partly')]);
    expect(rows.map((r) => [r.recommendation.id, r.followUp?.status ?? null])).toEqual([
      ['a', 'partly'],
      ['b', null],
      ['c', 'done'],
    ]);
  });

  it('skips tombstones and prefers the most recently updated record', () => {
    const rows = followUpRows(
      [rec('a'), rec('b')],
      [
        follow('f1', 'a', 'not-done', { updatedAt: '2023-04-12T09:00:00.000Z' }),
        follow('f2', 'a', 'done', { updatedAt: '2023-04-12T10:00:00.000Z' }),
        follow('f3', 'b', 'done', { deletedAt: AT }),
      ],
    );
    expect(rows.map((r) => r.followUp?.id ?? null)).toEqual(['f2', null]);
  });
});

describe('countFollowUps', () => {
  it('counts each status and the recommendations not followed up', () => {
    const rows = followUpRows(
      [rec('a'), rec('b'), rec('c'), rec('d'), rec('e')],
      [follow('1', 'a', 'done'), follow('2', 'b', 'done'), follow('3', 'c', 'no-longer-relevant'), follow('4', 'd', 'not-done')],
    );
    expect(countFollowUps(rows)).toEqual({ done: 2, partly: 0, 'not-done': 1, 'no-longer-relevant': 1, 'not-recorded': 1 });
  });
});
