import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewFile, readReviewFileBytes, type ReviewFileProblem } from '../../../src/domain/consensus/review-file';

const FIXTURE = readFileSync(path.resolve('test/fixtures/review-files/fidelio-review-file-v1.json'));
const good = () => JSON.parse(FIXTURE.toString('utf8'));
const bytes = (text: string) => new TextEncoder().encode(text);
const problemsOf = (value: unknown): ReviewFileProblem[] => {
  const result = readReviewFile(value);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('reading a review file', () => {
  it('reads the version-1 fixture: a service, its review, one reviewer and 25 ratings', () => {
    const result = readReviewFileBytes(new Uint8Array(FIXTURE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.reviewer.reviewerId).toBe('reviewer-2');
    expect(result.file.ratings).toHaveLength(25);
  });

  it.each([
    ['empty', '', 'empty'],
    ['truncated', FIXTURE.toString('utf8').slice(0, 400), 'truncated'],
    ['not JSON', 'Hei, tässä pisteet', 'not-json'],
    ['a JSON list', '[1, 2]', 'not-object'],
  ])('refuses a file that is %s', (_name, text, code) => {
    const result = readReviewFileBytes(bytes(text));
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([code]);
  });

  it('refuses a file that is not UTF-8', () => {
    const result = readReviewFileBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]));
    expect(result.ok ? [] : result.problems).toEqual([{ code: 'not-utf8' }]);
  });

  it('refuses a backup or a file of a future version with a message saying which', () => {
    expect(problemsOf({ ...good(), format: 'fidelio-backup' })).toEqual([{ code: 'wrong-format', format: 'fidelio-backup' }]);
    expect(problemsOf({ ...good(), version: 2 })).toEqual([{ code: 'future-version', version: 2, supported: 1 }]);
    expect(problemsOf({ ...good(), version: '1' })).toEqual([{ code: 'bad-version' }]);
  });

  it('lists every problem at once, each with its part, record and field', () => {
    const file = good();
    delete file.service;
    file.extra = true;
    file.exportedAt = 'yesterday';
    file.ratings[3].score = 7;
    file.ratings[4].itemId = 'staffing-99';
    file.reviewer.reviewerName = '';
    const problems = problemsOf(file);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'unknown-field', field: 'extra' },
        { code: 'bad-exported-at' },
        { code: 'missing-part', part: 'service' },
        expect.objectContaining({ code: 'invalid-record', part: 'ratings', index: 3, path: 'score', reason: 'too-large', max: 5 }),
        expect.objectContaining({ code: 'invalid-record', part: 'ratings', index: 4, path: 'itemId', reason: 'not-allowed' }),
        expect.objectContaining({ code: 'invalid-record', part: 'reviewer', index: null, path: 'reviewerName', reason: 'too-short' }),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('drops __proto__ keys and names the record that had them', () => {
    const text = FIXTURE.toString('utf8').replace('"ratings": [\n    {', '"ratings": [\n    {"__proto__": {"polluted": true},');
    const result = readReviewFileBytes(bytes(text));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'invalid-record', part: 'ratings', index: 0, path: '__proto__', reason: 'forbidden-key' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses parts that do not belong together', () => {
    const file = good();
    file.ratings[0].reviewId = 'another-review';
    file.ratings[1].reviewerId = 'reviewer-1';
    file.ratings[2].itemId = file.ratings[3].itemId;
    file.review.reviewers = ['Aino Arvioija'];
    expect(problemsOf(file)).toEqual([
      { code: 'reviewer-not-in-review', reviewerId: 'reviewer-2' },
      { code: 'mismatch', part: 'ratings', index: 0, field: 'reviewId' },
      { code: 'mismatch', part: 'ratings', index: 1, field: 'reviewerId' },
      { code: 'duplicate-item', index: 3, itemId: file.ratings[3].itemId },
    ]);
  });

  it('refuses more ratings than the scale has items and a ratings part that is not a list', () => {
    const file = good();
    file.ratings = [...file.ratings, file.ratings[0]];
    expect(problemsOf(file)).toEqual([expect.objectContaining({ code: 'invalid-record', part: 'ratings', reason: 'too-long', max: 25 })]);
    expect(problemsOf({ ...good(), ratings: {} })).toEqual([{ code: 'not-a-list' }]);
  });

  it('refuses a file whose review is marked deleted', () => {
    const file = good();
    file.review.deletedAt = '2025-03-12T11:00:00.000Z';
    expect(problemsOf(file)).toEqual([{ code: 'deleted-record', part: 'review' }]);
  });
});
