import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { listRatings } from '../../src/db/queries';
import { setRatingScore } from '../../src/db/repos/ratings';
import { createReview, deleteReview, finaliseReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import { getReportInput } from '../../src/db/report-queries';
import { dropDb, freshDb, NOW, reviewDraft, serviceDraft } from './helpers';

let db: FidelioDb;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await dropDb(db);
});

async function ratedReview(serviceId: string, firstDay: string, score: number, isFinal: boolean): Promise<string> {
  const reviewId = await createReview(db, serviceId, reviewDraft({ firstDay, lastDay: firstDay }), NOW);
  for (const rating of await listRatings(db, reviewId)) await setRatingScore(db, rating.id, score, NOW);
  if (isFinal) await finaliseReview(db, reviewId, NOW);
  return reviewId;
}

describe('getReportInput', () => {
  it('gathers the review, its service, scale, 25 ratings and the latest earlier final review', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    await ratedReview(serviceId, '2020-05-01', 2, true);
    const previousId = await ratedReview(serviceId, '2021-05-01', 3, true);
    await ratedReview(serviceId, '2021-11-01', 5, false); // in progress: not a baseline
    const currentId = await ratedReview(serviceId, '2022-05-01', 4, false);

    const input = await getReportInput(db, currentId);
    expect(input?.service.id).toBe(serviceId);
    expect(input?.scale.items).toHaveLength(25);
    expect(input?.ratings).toHaveLength(25);
    expect(input?.byItem['staffing-1']).toBe(4);
    expect(input?.previous?.review.id).toBe(previousId);
    expect(input?.previous?.byItem['services-14']).toBe(3);
  });

  it('has no previous review for the first one, and is null for a deleted or unknown review', async () => {
    const serviceId = await createService(db, serviceDraft(), NOW);
    const firstId = await ratedReview(serviceId, '2021-05-01', 3, false);
    expect((await getReportInput(db, firstId))?.previous).toBeNull();
    await deleteReview(db, firstId, NOW);
    expect(await getReportInput(db, firstId)).toBeNull();
    expect(await getReportInput(db, 'no-such-review')).toBeNull();
  });
});
