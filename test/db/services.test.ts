import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ValidationError } from '../../src/db/errors';
import { getService, listReviewsOfService, listServices } from '../../src/db/queries';
import { createService, deleteService, updateService } from '../../src/db/repos/services';
import { addRecommendation } from '../../src/db/repos/recommendations';
import { LATER, NOW, dropDb, freshDb, serviceDraft, serviceWithReview } from './helpers';

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('services repo', () => {
  it('creates a service that belongs to itself, with timestamps and no tombstone', async () => {
    const id = await createService(db, serviceDraft({ name: '  Kätevä  ' }), NOW);
    const stored = await db.services.get(id);
    expect(stored).toMatchObject({
      id,
      serviceId: id,
      name: 'Kätevä',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      deletedAt: null,
    });
  });

  it('refuses an invalid service with a ValidationError carrying the issues, writing nothing', async () => {
    const error = await createService(db, serviceDraft({ name: '   ' }), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['name']);
    expect(await db.services.count()).toBe(0);
  });

  it('updates a service and its updatedAt', async () => {
    const id = await createService(db, serviceDraft(), NOW);
    await updateService(db, id, { region: 'Pirkanmaa' }, LATER);
    expect(await db.services.get(id)).toMatchObject({ region: 'Pirkanmaa', updatedAt: LATER.toISOString() });
  });

  it('lists services in Finnish alphabetical order', async () => {
    for (const name of ['Östra', 'Ähtäri', 'Alavus', 'Zeta']) await createService(db, serviceDraft({ name }), NOW);
    expect((await listServices(db)).map((s) => s.name)).toEqual(['Alavus', 'Zeta', 'Ähtäri', 'Östra']);
  });

  it('tombstones the service and everything under it, and queries skip them', async () => {
    const { serviceId, reviewId } = await serviceWithReview(db);
    await addRecommendation(db, reviewId, 'services-1', 'Lisää työnantajakontakteja', 'high', NOW);
    await deleteService(db, serviceId, LATER);

    const at = LATER.toISOString();
    expect(await db.services.get(serviceId)).toMatchObject({ deletedAt: at, updatedAt: at });
    expect((await db.reviews.toArray()).every((r) => r.deletedAt === at)).toBe(true);
    expect((await db.ratings.toArray()).every((r) => r.deletedAt === at)).toBe(true);
    expect((await db.recommendations.toArray()).every((r) => r.deletedAt === at)).toBe(true);
    expect(await db.ratings.count()).toBe(25);

    expect(await listServices(db)).toEqual([]);
    expect(await getService(db, serviceId)).toBeNull();
    expect(await listReviewsOfService(db, serviceId)).toEqual([]);
    await expect(updateService(db, serviceId, { name: 'Herää' }, LATER)).rejects.toThrow(/No services record/);
  });
});
