import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { closeDb, type FidelioDb } from '../../src/db/app-db';

/*
 * Frozen copies of shipped schemas, for upgrade tests (style.md: "Migrations are append-only").
 * Copied, never imported from src: they must stay what those versions wrote.
 */
export const V1_STORES = {
  services: 'id, updatedAt',
  reviews: 'id, serviceId, [serviceId+firstDay], status',
  ratings: 'id, reviewId, [reviewId+itemId], serviceId',
  recommendations: 'id, reviewId, [reviewId+itemId], serviceId',
  scales: 'key, scaleId',
  meta: 'key',
};

export const V4_STORES = {
  ...V1_STORES,
  staff: 'id, serviceId',
  clients: 'id, serviceId',
  phaseChanges: 'id, serviceId, clientId',
  assignments: 'id, serviceId, clientId, staffId',
  jobs: 'id, serviceId, clientId',
  referralSources: 'id, serviceId',
  recommendationFollowUps: 'id, serviceId, reviewId, recommendationId, [reviewId+recommendationId]',
  reviewerRatings: 'id, serviceId, reviewId, [reviewId+reviewerId], [reviewId+itemId]',
  reviewerStatuses: 'id, serviceId, reviewId, [reviewId+reviewerId]',
};

export const V5_STORES = {
  ...V4_STORES,
  employers: 'id, serviceId',
  employerContactPeople: 'id, serviceId, employerId',
  employerContacts: 'id, serviceId, [staffId+date], [employerId+date], *clientIds',
};

export const V6_STORES = {
  ...V5_STORES,
  reviewEvidence: 'id, serviceId, reviewId',
  ratingSuggestions: 'id, serviceId, reviewId, [reviewId+itemId]',
};

/** Writes a database as an old version did: that version's schema, those records, then closed. */
export async function writeOldDatabase(
  name: string,
  version: number,
  stores: Record<string, string>,
  records: Record<string, readonly object[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd([...rows]);
  old.close();
}

/** A uniquely named database for one test file, closed and deleted after each test. */
export function scratchDatabase(prefix: string): { name: string; track: (db: FidelioDb) => FidelioDb } {
  const name = `${prefix}-${crypto.randomUUID()}`;
  let opened: FidelioDb | undefined;
  afterEach(async () => {
    if (opened) closeDb(opened);
    opened = undefined;
    await Dexie.delete(name);
  });
  return {
    name,
    track: (db) => {
      opened = db;
      return db;
    },
  };
}
