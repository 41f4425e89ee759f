// Issue 14 #5: a text saved in another tab since this tab's edit began is never overwritten. The
// check is in the write's own transaction: a check made before it (a separate read) let a save
// from the other tab land in between, and one tab's text was lost without a word.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { EditConflictError } from '../../src/db/errors';
import { listRatings } from '../../src/db/queries';
import { recordFollowUp } from '../../src/db/repos/follow-ups';
import { setRatingNotes } from '../../src/db/repos/ratings';
import { addRecommendation, updateRecommendation } from '../../src/db/repos/recommendations';
import { setReviewerNotes, startReviewerRating } from '../../src/db/repos/reviewer-ratings';
import { listReviewerRatingRecords } from '../../src/db/reviewer-ratings';
import { LATER, NOW, dropDb, freshDb, serviceWithReview, serviceWithTwoRounds } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

/** One text field's setter and reader, for the same three cases on every kind of record. */
interface TextField {
  /** Saves `text` as an edit that started from `base`. */
  save: (text: string, base: string, at: Date) => Promise<void>;
  /** The record as stored now, and the key of the text in it. */
  record: () => Promise<object | undefined>;
  key: 'notes' | 'text' | 'note';
}

/** The field's text and its record's updatedAt, as stored now. */
async function read(field: TextField): Promise<{ text: string; updatedAt: string }> {
  const record = (await field.record()) as Record<string, string>;
  return { text: record[field.key]!, updatedAt: record.updatedAt! };
}

async function ratingNotes(): Promise<TextField> {
  const { reviewId } = await serviceWithReview(db);
  const id = (await listRatings(db, reviewId))[3]!.id;
  return {
    save: (text, base, at) => setRatingNotes(db, id, text, at, base),
    record: () => db.ratings.get(id),
    key: 'notes',
  };
}

async function reviewerNotes(): Promise<TextField> {
  const { reviewId } = await serviceWithReview(db);
  await startReviewerRating(db, reviewId, 'reviewer-1', NOW);
  const id = (await listReviewerRatingRecords(db, reviewId))[0]!.id;
  return {
    save: (text, base, at) => setReviewerNotes(db, id, text, at, base),
    record: () => db.reviewerRatings.get(id),
    key: 'notes',
  };
}

async function recommendationText(): Promise<TextField> {
  const { reviewId } = await serviceWithReview(db);
  const id = await addRecommendation(db, reviewId, 'services-6', '', 'high', NOW);
  return {
    save: (text, base, at) => updateRecommendation(db, id, { text }, at, base),
    record: () => db.recommendations.get(id),
    key: 'text',
  };
}

async function followUpNote(): Promise<TextField> {
  const { newId, recommendationId } = await serviceWithTwoRounds(db);
  await recordFollowUp(db, newId, recommendationId, { status: 'partly' }, NOW);
  return {
    save: (text, base, at) => recordFollowUp(db, newId, recommendationId, { note: text }, at, base),
    record: () => db.recommendationFollowUps.where('reviewId').equals(newId).first(),
    key: 'note',
  };
}

const FIELDS = {
  'a rating’s notes': ratingNotes,
  'a reviewer’s own notes': reviewerNotes,
  'a recommendation': recommendationText,
  'a follow-up’s note': followUpNote,
};

describe.each(Object.entries(FIELDS))('%s saved with the text the edit started from', (_name, setUp) => {
  it('is written when the stored text is still that text', async () => {
    const field = await setUp();
    await field.save('Tabletti A', '', LATER);
    expect(await read(field)).toEqual({ text: 'Tabletti A', updatedAt: LATER.toISOString() });
  });

  it('is refused with the other text, writing nothing, when another tab saved meanwhile', async () => {
    const field = await setUp();
    await field.save('Tabletti B', '', NOW);
    const before = await read(field);
    const refused = await field.save('Tabletti A', '', LATER).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditConflictError);
    expect((refused as EditConflictError).current).toBe('Tabletti B');
    expect(await read(field)).toEqual(before);
  });

  it('is written when the other tab saved the very same text', async () => {
    const field = await setUp();
    await field.save('Sama teksti', '', NOW);
    await field.save('Sama teksti', '', LATER);
    expect(await read(field)).toEqual({ text: 'Sama teksti', updatedAt: LATER.toISOString() });
  });
});
