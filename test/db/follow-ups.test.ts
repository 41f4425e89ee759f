import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { getPairFollowUps, listOverviewInput, listServiceRounds } from '../../src/db/comparison-queries';
import { getFollowUpContext, listFollowUps } from '../../src/db/follow-up-queries';
import { RecordNotFoundError, ReviewIsFinalError, ValidationError } from '../../src/db/errors';
import { loadDemo, removeDemo } from '../../src/db/repos/demo';
import { FollowUpMismatchError, recordFollowUp } from '../../src/db/repos/follow-ups';
import { addRecommendation, deleteRecommendation } from '../../src/db/repos/recommendations';
import { createReview, deleteReview } from '../../src/db/repos/reviews';
import { createService, deleteService } from '../../src/db/repos/services';
import { LATER, NOW, dropDb, freshDb, reviewDraft, serviceDraft, serviceWithTwoRounds } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

const twoRounds = () => serviceWithTwoRounds(db);

describe('recording a follow-up', () => {
  it('creates one record per review and recommendation, then changes it', async () => {
    const { serviceId, newId, recommendationId } = await twoRounds();
    await recordFollowUp(db, newId, recommendationId, { status: 'partly' }, NOW);
    await recordFollowUp(db, newId, recommendationId, { note: 'Neljä käyntiä viikossa' }, LATER);
    await recordFollowUp(db, newId, recommendationId, { status: 'done' }, LATER);
    const stored = await listFollowUps(db, newId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      serviceId,
      reviewId: newId,
      recommendationId,
      status: 'done',
      note: 'Neljä käyntiä viikossa',
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
      deletedAt: null,
    });
  });

  it('needs a status before a note alone can be saved', async () => {
    const { newId, recommendationId } = await twoRounds();
    await expect(recordFollowUp(db, newId, recommendationId, { note: 'muistiinpano' }, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await listFollowUps(db, newId)).toEqual([]);
  });

  it("refuses a final review, a deleted recommendation, the review's own and another service's recommendation", async () => {
    const { serviceId, oldId, newId, recommendationId } = await twoRounds();
    await expect(recordFollowUp(db, oldId, recommendationId, { status: 'done' }, NOW)).rejects.toBeInstanceOf(ReviewIsFinalError);
    const own = await addRecommendation(db, newId, 'staffing-1', 'Oma', 'low', NOW);
    await expect(recordFollowUp(db, newId, own, { status: 'done' }, NOW)).rejects.toBeInstanceOf(FollowUpMismatchError);
    const otherService = await createService(db, serviceDraft({ name: 'Toinen' }), NOW);
    const otherReview = await createReview(db, otherService, reviewDraft(), NOW);
    await expect(recordFollowUp(db, otherReview, recommendationId, { status: 'done' }, NOW)).rejects.toBeInstanceOf(FollowUpMismatchError);
    const gone = await addRecommendation(db, newId, 'staffing-2', 'Poistuva', 'low', NOW);
    await deleteRecommendation(db, gone, NOW);
    await expect(recordFollowUp(db, newId, gone, { status: 'done' }, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.recommendationFollowUps.where('serviceId').anyOf([serviceId, otherService]).count()).toBe(0);
  });

  it('validates the note before writing anything', async () => {
    const { newId, recommendationId } = await twoRounds();
    await expect(recordFollowUp(db, newId, recommendationId, { status: 'done', note: 'x'.repeat(20_001) }, NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await listFollowUps(db, newId)).toEqual([]);
  });
});

describe('reading follow-ups', () => {
  it('gives the new review the previous final review, its recommendations and the follow-ups', async () => {
    const { oldId, newId, recommendationId } = await twoRounds();
    await recordFollowUp(db, newId, recommendationId, { status: 'not-done', note: 'Ei resursseja' }, NOW);
    const context = await getFollowUpContext(db, newId);
    expect(context?.previous.id).toBe(oldId);
    expect(context?.recommendations.map((r) => r.id)).toEqual([recommendationId]);
    expect(context?.followUps.map((f) => f.status)).toEqual(['not-done']);
    expect(await getFollowUpContext(db, oldId)).toBeNull();
    expect(await getFollowUpContext(db, 'missing')).toBeNull();
    const pair = await getPairFollowUps(db, oldId, newId);
    expect(pair.recommendations).toHaveLength(1);
    expect(pair.followUps).toHaveLength(1);
  });

  it('lists the rounds of a service and of every service with their ratings', async () => {
    const { serviceId, oldId, newId } = await twoRounds();
    const rounds = await listServiceRounds(db, serviceId);
    expect(rounds.map((r) => r.review.id)).toEqual([newId, oldId]);
    expect(rounds[1]?.ratings['services-6']).toBe(3);
    expect(rounds[0]?.ratings['services-6']).toBeNull();
    const overview = await listOverviewInput(db);
    expect(overview).toEqual([{ serviceId, name: serviceDraft().name, rounds }]);
  });

  it('deleting the service tombstones its follow-ups', async () => {
    const { serviceId, newId, recommendationId } = await twoRounds();
    await recordFollowUp(db, newId, recommendationId, { status: 'done' }, NOW);
    await deleteService(db, serviceId, LATER);
    expect(await listFollowUps(db, newId)).toEqual([]);
    expect(await db.recommendationFollowUps.toArray()).toMatchObject([{ deletedAt: LATER.toISOString() }]);
  });

  it('deleting the later review tombstones its follow-ups with it', async () => {
    const { newId, recommendationId } = await twoRounds();
    await recordFollowUp(db, newId, recommendationId, { status: 'partly' }, NOW);
    await deleteReview(db, newId, LATER);
    expect(await listFollowUps(db, newId)).toEqual([]);
    expect(await db.recommendationFollowUps.toArray()).toMatchObject([{ deletedAt: LATER.toISOString() }]);
  });

  it('removing the demo removes its follow-ups too', async () => {
    const [serviceId] = await loadDemo(db, 'fi', NOW);
    const rounds = await listServiceRounds(db, serviceId!);
    // A new review on the day the demo is loaded (the demo lives in the present).
    const day = NOW.toISOString().slice(0, 10);
    const newId = await createReview(db, serviceId!, reviewDraft({ firstDay: day, lastDay: day }), NOW);
    const context = await getFollowUpContext(db, newId);
    expect(context?.previous.id).toBe(rounds[0]?.review.id);
    await recordFollowUp(db, newId, context!.recommendations[0]!.id, { status: 'done' }, NOW);
    expect(await db.recommendationFollowUps.count()).toBe(1);
    await removeDemo(db);
    expect(await db.recommendationFollowUps.count()).toBe(0);
  });
});
