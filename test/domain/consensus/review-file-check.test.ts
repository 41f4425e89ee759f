import { describe, expect, it } from 'vitest';
import {
  attachToReview,
  foreignRecords,
  sameVisitCandidates,
  scoreChanges,
  visitNameKey,
} from '../../../src/domain/consensus/review-file-check';
import type { ReviewFile } from '../../../src/domain/consensus/review-file';
import type { Review } from '../../../src/domain/records/review';
import type { ReviewerRating, ReviewerStatus } from '../../../src/domain/records/reviewer-rating';
import type { Service } from '../../../src/domain/records/service';

const T = '2025-03-10T09:00:00.000Z';
const sync = (id: string, serviceId: string) => ({ id, serviceId, createdAt: T, updatedAt: T, deletedAt: null });
const service = (id: string, name: string, organisation: string): Service => ({
  ...sync(id, id),
  name,
  organisation,
  region: '',
  notes: '',
});
const review = (id: string, serviceId: string, firstDay: string, lastDay: string, reviewers = ['Aino', 'Bertta']): Review => ({
  ...sync(id, serviceId),
  scaleId: 'ips',
  scaleVersion: 1,
  firstDay,
  lastDay,
  type: 'external',
  reviewers,
  status: 'in-progress',
  finalisedAt: null,
});
const rating = (
  id: string,
  reviewId: string,
  itemId: ReviewerRating['itemId'],
  score: number | null,
  reviewerId: ReviewerRating['reviewerId'] = 'reviewer-1',
  serviceId = 's1',
): ReviewerRating => ({
  ...sync(id, serviceId),
  reviewId,
  reviewerId,
  reviewerName: 'Aino',
  itemId,
  score,
  notes: '',
});
const status = (id: string, reviewId: string, reviewerId: ReviewerStatus['reviewerId'] = 'reviewer-1'): ReviewerStatus => ({
  ...sync(id, 's1'),
  reviewId,
  reviewerId,
  reviewerName: 'Aino',
  finishedAt: T,
  revealedAt: null,
});
const file: ReviewFile = {
  format: 'fidelio-review-file',
  version: 1,
  exportedAt: T,
  service: service('s1', 'Kätevä', 'Kunta'),
  review: review('r1', 's1', '2025-03-10', '2025-03-11'),
  reviewer: status('st1', 'r1'),
  ratings: [rating('a', 'r1', 'staffing-1', 3), rating('b', 'r1', 'staffing-2', 4)],
};

describe('issue 14 #6: review file records against the device', () => {
  it('issue 14 #6: finds file ids the device uses for another review, reviewer, item or service', () => {
    const device = new Map([
      ['a', rating('a', 'other-review', 'staffing-1', 1)],
      ['b', rating('b', 'r1', 'staffing-3', 1)],
    ]);
    const statuses = new Map([['st1', status('st1', 'r1', 'reviewer-2')]]);
    expect(foreignRecords(file, device, statuses)).toEqual([
      { part: 'reviewer', index: null, field: 'reviewerId' },
      { part: 'ratings', index: 0, field: 'reviewId' },
      { part: 'ratings', index: 1, field: 'itemId' },
    ]);
    expect(foreignRecords(file, new Map([['a', rating('a', 'r1', 'staffing-1', 5, 'reviewer-1', 's2')]]), new Map())).toEqual([
      { part: 'ratings', index: 0, field: 'serviceId' },
    ]);
    expect(foreignRecords(file, new Map(file.ratings.map((r) => [r.id, { ...r, score: 1 }])), new Map([['st1', file.reviewer]]))).toEqual(
      [],
    );
  });

  it('issue 14 #6: lists changed scores and notes, not new records or a later timestamp alone', () => {
    const existing = [rating('a', 'r1', 'staffing-1', 3), rating('b', 'r1', 'staffing-2', 4), { ...rating('old', 'r1', 'staffing-3', 2) }];
    const toPut = [
      { ...rating('a', 'r1', 'staffing-1', 5), updatedAt: '2025-03-12T00:00:00.000Z' },
      { ...rating('b', 'r1', 'staffing-2', 4), updatedAt: '2025-03-12T00:00:00.000Z' },
      { ...rating('new-id', 'r1', 'staffing-3', 2), notes: 'x' },
      rating('c', 'r1', 'organization-1', 1),
    ];
    expect(scoreChanges(existing, toPut)).toEqual([
      { itemId: 'staffing-1', from: 3, to: 5, notesChanged: false },
      { itemId: 'staffing-3', from: 2, to: 2, notesChanged: true },
    ]);
  });
});

describe('issue 14 #6: the same visit', () => {
  it('issue 14 #6: compares names ignoring case, spacing, zero-width characters and Unicode forms', () => {
    expect(visitNameKey('  KÄTEVÄ\u00a0\u00a0Oy\u200b ')).toBe(visitNameKey('ka\u0308teva\u0308 oy'));
    expect(visitNameKey('Ｋätevä')).toBe(visitNameKey('kätevä'));
    expect(visitNameKey('Kätevä')).not.toBe(visitNameKey('Kateva'));
  });

  it('issue 14 #6: offers live reviews of a same-named service of the same organisation with overlapping days', () => {
    const services = [
      service('x1', 'KÄTEVÄ ', 'kunta'),
      service('x2', 'Kätevä', 'Toinen kunta'),
      { ...service('x3', 'Kätevä', 'Kunta'), deletedAt: T },
    ];
    const reviews = [
      review('overlap', 'x1', '2025-03-11', '2025-03-12'),
      review('later', 'x1', '2025-03-12', '2025-03-13'),
      review('other-org', 'x2', '2025-03-10', '2025-03-11'),
      review('deleted-service', 'x3', '2025-03-10', '2025-03-11'),
      { ...review('deleted', 'x1', '2025-03-10', '2025-03-10'), deletedAt: T },
    ];
    expect(sameVisitCandidates(file, services, reviews).map((c) => c.review.id)).toEqual(['overlap']);
  });

  it('issue 14 #6: attaching moves the reviewer and ratings to the chosen review, keeping their ids', () => {
    const target = review('mine', 'x1', '2025-03-10', '2025-03-10', ['Bertta', 'Aino']);
    const attached = attachToReview(file, service('x1', 'Kätevä', 'Kunta'), target, 'reviewer-2');
    expect(attached.review).toBe(target);
    expect(attached.reviewer).toEqual(
      expect.objectContaining({ id: 'st1', serviceId: 'x1', reviewId: 'mine', reviewerId: 'reviewer-2', reviewerName: 'Aino' }),
    );
    expect(attached.ratings.map((r) => [r.id, r.serviceId, r.reviewId, r.reviewerId, r.score])).toEqual([
      ['a', 'x1', 'mine', 'reviewer-2', 3],
      ['b', 'x1', 'mine', 'reviewer-2', 4],
    ]);
  });
});
