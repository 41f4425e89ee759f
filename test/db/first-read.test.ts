import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { STORED_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { openExistingDatabase, readStoredReviewScreen } from '../../src/db/first-read';
import { getReviewHead, listRatings, listRecommendations, reviewScreenFromStored } from '../../src/db/queries';
import { setRatingScore } from '../../src/db/repos/ratings';
import { addRecommendation, deleteRecommendation } from '../../src/db/repos/recommendations';
import { deleteReview } from '../../src/db/repos/reviews';
import { V6_STORES, writeOldDatabase } from './frozen-schemas';
import { dropDb, freshDb, NOW, serviceWithReview } from './helpers';

/*
 * Issue 15: the scoring screen's first render reads its review with the bare IndexedDB API before
 * Dexie has opened. What it reads must be what the screen's live queries answer once Dexie is
 * open, and anything other than a database at this app's version must be left to Dexie.
 */
const read = (name: string, reviewId: string) => readStoredReviewScreen(openExistingDatabase(name), reviewId);

let db: FidelioDb | undefined;
afterEach(async () => {
  if (db) await dropDb(db);
  db = undefined;
});

async function scoredReview(): Promise<{ db: FidelioDb; reviewId: string }> {
  db = freshDb();
  await db.open();
  await db.seeding;
  const { reviewId } = await serviceWithReview(db);
  const ratings = await listRatings(db, reviewId);
  await setRatingScore(db, ratings[3]!.id, 4, NOW);
  await setRatingScore(db, ratings[0]!.id, 2, NOW);
  await addRecommendation(db, reviewId, 'services-6', 'Kuusi käyntiä viikossa', 'high', NOW);
  const gone = await addRecommendation(db, reviewId, 'staffing-1', 'Poistettu', 'low', NOW);
  await deleteRecommendation(db, gone, NOW);
  return { db, reviewId };
}

describe('the first read before Dexie is open', () => {
  it("answers what the scoring screen's live queries answer once the database is open", async () => {
    const { db, reviewId } = await scoredReview();
    const stored = await read(db.name, reviewId);
    expect(stored).not.toBeNull();
    const screen = await reviewScreenFromStored(stored!);
    expect(screen).toEqual({
      head: await getReviewHead(db, reviewId),
      ratings: await listRatings(db, reviewId),
      recommendations: await listRecommendations(db, reviewId),
    });
    // The deleted recommendation is left out, the scores are there in the scale's order.
    expect(screen?.recommendations.map((r) => r.text)).toEqual(['Kuusi käyntiä viikossa']);
    expect(screen?.ratings.map((r) => r.score).slice(0, 4)).toEqual([2, null, null, 4]);
  });

  it('answers null for a review that is not there or deleted', async () => {
    const { db, reviewId } = await scoredReview();
    expect(await read(db.name, crypto.randomUUID())).toBeNull();
    await deleteReview(db, reviewId, NOW);
    // Its tombstone is read, and shown as no review.
    const stored = await read(db.name, reviewId);
    expect(stored?.review.deletedAt).not.toBeNull();
    expect(await reviewScreenFromStored(stored!)).toBeNull();
  });

  it('leaves a database that does not exist uncreated', async () => {
    const name = `fidelio-none-${crypto.randomUUID()}`;
    expect(await read(name, crypto.randomUUID())).toBeNull();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
  });

  it('leaves an older database to Dexie, whose upgrade it does not hold up', async () => {
    const name = `fidelio-old-${crypto.randomUUID()}`;
    await writeOldDatabase(name, 6, V6_STORES, { services: [] });
    try {
      expect(await read(name, crypto.randomUUID())).toBeNull();
      db = (await import('../../src/db/app-db')).createDb(name);
      await db.open();
      expect(db.verno * 10).toBe(STORED_SCHEMA_VERSION);
    } finally {
      if (!db) await Dexie.delete(name);
    }
  });

  it('closes its connection once read', async () => {
    const { db, reviewId } = await scoredReview();
    const connection = openExistingDatabase(db.name);
    await readStoredReviewScreen(connection, reviewId);
    const idb = await connection;
    expect(() => idb!.transaction('reviews')).toThrow(expect.objectContaining({ name: 'InvalidStateError' }));
  });

  it('never holds up a deletion or an upgrade, even when nobody reads with it', async () => {
    const { db: opened } = await scoredReview();
    const idb = await openExistingDatabase(opened.name);
    expect(idb?.version).toBe(STORED_SCHEMA_VERSION);
    opened.close();
    let blocked = false;
    const deletion = indexedDB.deleteDatabase(opened.name);
    deletion.onblocked = () => (blocked = true);
    await new Promise((resolve, reject) => {
      deletion.onsuccess = resolve;
      deletion.onerror = reject;
    });
    expect(blocked).toBe(false);
  });
});
