import { Dexie } from 'dexie';
import { closeDb, createDb, type FidelioDb } from '../../src/db/app-db';
import { listRatings } from '../../src/db/queries';
import { setRatingScore } from '../../src/db/repos/ratings';
import { addRecommendation } from '../../src/db/repos/recommendations';
import { createReview, finaliseReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import type { ReviewDraft } from '../../src/domain/records/review';
import type { ServiceDraft } from '../../src/domain/records/service';

export const NOW = new Date('2025-03-10T09:00:00.000Z');
export const LATER = new Date('2025-03-11T09:00:00.000Z');

/** A fresh database with a unique name; pair with dropDb in afterEach. */
export function freshDb(): FidelioDb {
  return createDb(`fidelio-test-${crypto.randomUUID()}`);
}

export async function dropDb(db: FidelioDb): Promise<void> {
  closeDb(db);
  await Dexie.delete(db.name);
}

export function serviceDraft(overrides: Partial<ServiceDraft> = {}): ServiceDraft {
  return { name: 'Työvalmennus Testi', organisation: 'Testikunta', region: 'Uusimaa', notes: '', ...overrides };
}

export function reviewDraft(overrides: Partial<ReviewDraft> = {}): ReviewDraft {
  return { firstDay: '2025-03-10', lastDay: '2025-03-11', type: 'external', reviewers: ['A', 'B'], ...overrides };
}

export async function serviceWithReview(db: FidelioDb): Promise<{ serviceId: string; reviewId: string }> {
  const serviceId = await createService(db, serviceDraft(), NOW);
  const reviewId = await createReview(db, serviceId, reviewDraft(), NOW);
  return { serviceId, reviewId };
}

/** A service with a final 2024 review carrying one recommendation, and a 2025 review in progress. */
export async function serviceWithTwoRounds(db: FidelioDb) {
  const serviceId = await createService(db, serviceDraft(), NOW);
  const oldId = await createReview(db, serviceId, reviewDraft({ firstDay: '2024-03-01', lastDay: '2024-03-02' }), NOW);
  const recommendationId = await addRecommendation(db, oldId, 'services-6', 'Kuusi käyntiä viikossa', 'high', NOW);
  for (const rating of await listRatings(db, oldId)) await setRatingScore(db, rating.id, 3, NOW);
  await finaliseReview(db, oldId, NOW);
  const newId = await createReview(db, serviceId, reviewDraft({ firstDay: '2025-03-10', lastDay: '2025-03-11' }), NOW);
  return { serviceId, oldId, newId, recommendationId };
}

export async function counts(db: FidelioDb): Promise<Record<string, number>> {
  return {
    services: await db.services.count(),
    reviews: await db.reviews.count(),
    ratings: await db.ratings.count(),
    recommendations: await db.recommendations.count(),
    meta: await db.meta.count(),
  };
}

export const EMPTY = { services: 0, reviews: 0, ratings: 0, recommendations: 0, meta: 0 };

/** The id of the employer of that name in the client's service, added to its directory when missing (jobs name theirs from it). */
export async function jobEmployer(db: FidelioDb, clientId: string, name: string): Promise<string> {
  const client = await db.clients.get(clientId);
  if (!client) throw new Error(`no client ${clientId}`);
  const key = name.trim().toLocaleLowerCase('fi');
  const found = (await db.employers.where('serviceId').equals(client.serviceId).toArray()).find(
    (employer) => employer.deletedAt === null && employer.name.trim().toLocaleLowerCase('fi') === key,
  );
  if (found) return found.id;
  const { createEmployer } = await import('../../src/db/repos/employers');
  return createEmployer(db, client.serviceId, { name: name.trim(), sector: '', area: '', notes: '' }, new Date('2025-01-01T00:00:00Z'));
}
