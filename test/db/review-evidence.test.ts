import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ReviewIsFinalError } from '../../src/db/errors';
import { listRatings } from '../../src/db/queries';
import { createClient } from '../../src/db/repos/caseload-clients';
import { addJob } from '../../src/db/repos/caseload-jobs';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { setRatingScore } from '../../src/db/repos/ratings';
import { findReviewEvidence, setEvidencePeriod } from '../../src/db/repos/review-evidence';
import { createReview, deleteReview, finaliseReview, reopenReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import { dropDb, freshDb, LATER, NOW, reviewDraft, serviceDraft, jobEmployer } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

const JOB = {
  title: 'Myyjä',
  jobType: 'myynti',
  endDate: null,
  hoursPerWeek: 20,
  competitive: true,
  competitiveAnswers: null,
  paySubsidy: false,
};

/** A service with one specialist, four clients started in 2024 and a job each; a review visited 2025-03-10. */
async function trackedService() {
  const serviceId = await createService(db, serviceDraft(), NOW);
  const coach = await createStaff(db, serviceId, { name: 'Aino', role: 'specialist', fte: 1, startDate: '2023-01-01', endDate: null }, NOW);
  const clients: string[] = [];
  for (const [index, start] of ['2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01'].entries()) {
    const id = await createClient(
      db,
      serviceId,
      {
        draft: { code: `K-${index}`, referralDate: '2024-01-01', referralSource: 'default:typ', notes: '' },
        start: { date: start, phase: 1 },
        specialistId: coach,
      },
      NOW,
    );
    await addJob(
      db,
      id,
      { ...JOB, employerId: await jobEmployer(db, id, `Työnantaja ${index}`), startDate: start.replace('-01', '-15') },
      NOW,
    );
    clients.push(id);
  }
  const reviewId = await createReview(db, serviceId, reviewDraft(), NOW);
  return { serviceId, coach, clients, reviewId };
}

async function rateAll(reviewId: string) {
  for (const rating of await listRatings(db, reviewId)) await setRatingScore(db, rating.id, 3, NOW);
}

describe('the evidence period', () => {
  it('is stored on the review when changed, and refused once the review is final', async () => {
    const { reviewId } = await trackedService();
    expect(await findReviewEvidence(db, reviewId)).toBeUndefined();
    await setEvidencePeriod(db, reviewId, { from: '2024-01-01', to: '2024-12-31' }, NOW);
    expect((await findReviewEvidence(db, reviewId))?.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    await setEvidencePeriod(db, reviewId, null, LATER);
    expect((await findReviewEvidence(db, reviewId))?.period).toBeNull();
    await expect(setEvidencePeriod(db, reviewId, { from: '2024-12-31', to: '2024-01-01' }, NOW)).rejects.toThrow(/days-reversed/);
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    await expect(setEvidencePeriod(db, reviewId, { from: '2024-01-01', to: '2024-12-31' }, LATER)).rejects.toBeInstanceOf(
      ReviewIsFinalError,
    );
  });
});

describe('remembering whether a score followed the suggestion', () => {
  it('records the suggestion shown with the score, in the same write', async () => {
    const { reviewId } = await trackedService();
    const ratings = await listRatings(db, reviewId);
    const caseload = ratings.find((r) => r.itemId === 'staffing-1')!;
    await setRatingScore(db, caseload.id, 5, NOW, 5);
    const stored = () => db.ratingSuggestions.where('[reviewId+itemId]').equals([reviewId, 'staffing-1']).toArray();
    expect(await stored()).toEqual([
      expect.objectContaining({ suggestedScore: 5, score: 5, followed: true, serviceId: caseload.serviceId }),
    ]);
    // Changing the score by hand rewrites the one record.
    await setRatingScore(db, caseload.id, 4, LATER, 5);
    expect(await stored()).toEqual([expect.objectContaining({ suggestedScore: 5, score: 4, followed: false })]);
    // No suggestion on screen: not followed.
    await setRatingScore(db, caseload.id, 5, LATER, null);
    expect(await stored()).toEqual([expect.objectContaining({ suggestedScore: null, score: 5, followed: false })]);
  });

  it('writes nothing for items without evidence, or when no evidence is shown', async () => {
    const { reviewId } = await trackedService();
    const ratings = await listRatings(db, reviewId);
    await setRatingScore(db, ratings.find((r) => r.itemId === 'staffing-2')!.id, 5, NOW, 5);
    await setRatingScore(db, ratings.find((r) => r.itemId === 'services-8')!.id, 5, NOW);
    expect(await db.ratingSuggestions.count()).toBe(0);
  });
});

describe('the snapshot at finalising', () => {
  it('stores the figures of the period and keeps them when the records change later', async () => {
    const { reviewId, clients } = await trackedService();
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    const snapshot = (await findReviewEvidence(db, reviewId))?.snapshot;
    expect(snapshot?.computedAt).toBe(LATER.toISOString());
    expect(snapshot?.period).toEqual({ from: '2024-03-10', to: '2025-03-09' });
    expect(snapshot?.rulesVersion).toBe(2);
    expect(snapshot?.contactLogReview).toBeNull();
    expect(snapshot?.items['staffing-1']).toEqual({ value: 4, basis: 4, suggestedScore: 5, thin: [{ kind: 'few-records', minimum: 5 }] });
    expect(snapshot?.items['services-4']).toMatchObject({ value: 14, basis: 4, suggestedScore: 5 });
    // Four current jobs, all competitive: fewer than 10, so 1.
    expect(snapshot?.items['services-10']).toMatchObject({ value: 100, basis: 4, suggestedScore: 1 });

    await addJob(
      db,
      clients[0]!,
      { ...JOB, employerId: await jobEmployer(db, clients[0]!, 'Uusi'), startDate: '2024-12-01', competitive: false },
      LATER,
    );
    expect((await findReviewEvidence(db, reviewId))?.snapshot).toEqual(snapshot);

    // Reopened and finalised again: the snapshot is what the data says then.
    await reopenReview(db, reviewId, LATER);
    await finaliseReview(db, reviewId, new Date('2025-03-12T09:00:00.000Z'));
    expect((await findReviewEvidence(db, reviewId))?.snapshot?.items['services-10']).toMatchObject({
      value: 80,
      basis: 5,
      suggestedScore: 1,
    });
  });

  it('uses the period the reviewer chose', async () => {
    const { reviewId } = await trackedService();
    await setEvidencePeriod(db, reviewId, { from: '2024-05-01', to: '2024-06-30' }, NOW);
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    const snapshot = (await findReviewEvidence(db, reviewId))?.snapshot;
    expect(snapshot?.period).toEqual({ from: '2024-05-01', to: '2024-06-30' });
    expect(snapshot?.items['services-8']).toMatchObject({ basis: 2 });
  });

  it('leaves a review of a service without tracked data exactly as before', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    const reviewId = await createReview(db, serviceId, reviewDraft(), NOW);
    await rateAll(reviewId);
    await finaliseReview(db, reviewId, LATER);
    expect(await db.reviewEvidence.count()).toBe(0);
    expect(await db.ratingSuggestions.count()).toBe(0);
  });

  it('goes with its review when the review is deleted', async () => {
    const { reviewId } = await trackedService();
    await setEvidencePeriod(db, reviewId, { from: '2024-01-01', to: '2024-12-31' }, NOW);
    await setRatingScore(db, (await listRatings(db, reviewId))[0]!.id, 5, NOW, 5);
    await deleteReview(db, reviewId, LATER);
    expect(await findReviewEvidence(db, reviewId)).toBeUndefined();
    expect((await db.ratingSuggestions.toArray()).every((s) => s.deletedAt === LATER.toISOString())).toBe(true);
  });
});
