import { Dexie, type EntityTable } from 'dexie';
import type { ScaleDefinition } from '../domain/fidelity/scale-definition';
import type { Rating, Recommendation, Review } from '../domain/records/review';
import type { Service } from '../domain/records/service';
import { ensureBuiltInScale } from './seed-scale';

/** Device-local settings and markers; never synced, so it carries no sync fields. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type Durability = 'relaxed' | 'strict';

export class FidelioDb extends Dexie {
  services!: EntityTable<Service, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  scales!: EntityTable<ScaleDefinition, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(
    name: string,
    readonly durability: Durability = 'relaxed',
  ) {
    // Relaxed by default: autosave on every keystroke need not wait for the disk flush.
    // Writes that must survive a crash go through strictConnection() (reliability.md #2, #13).
    super(name, { chromeTransactionDurability: durability });

    // SCHEMA VERSIONS ARE APPEND-ONLY. Version 1 is the first shipped schema: never edit it.
    // A change is a new `this.version(2).stores({...}).upgrade(...)` below this one, plus a test
    // that opens a database filled with version-1 data (see test/db/upgrade.test.ts).
    this.version(1).stores({
      services: 'id, updatedAt',
      reviews: 'id, serviceId, [serviceId+firstDay], status',
      ratings: 'id, reviewId, [reviewId+itemId], serviceId',
      recommendations: 'id, reviewId, [reviewId+itemId], serviceId',
      scales: 'key, scaleId',
      meta: 'key',
    });

    // Sticky, so the scale is seeded on every open, including after a reopen or an upgrade.
    // A failed seed (e.g. a full disk) must not stop the database from opening: the user's data
    // must stay readable and exportable, and queries fall back to the scale bundled in the code.
    this.on(
      'ready',
      (vipDb) =>
        ensureBuiltInScale(vipDb as FidelioDb).catch((error: unknown) => {
          console.error('Seeding the built-in scale failed', error);
        }),
      true,
    );
  }
}

/*
 * Dexie sets durability per connection, not per transaction ('rw!' only means "do not reuse the
 * parent transaction"). So strict writes (finalise, demo, import, restore) run on a second
 * connection to the same database opened with `chromeTransactionDurability: 'strict'`.
 * Change notifications are keyed by database name, so live queries on the relaxed connection
 * still see those writes. Never call the relaxed connection inside a strict transaction:
 * it would wait on the locks the strict transaction holds.
 */
const strictConnections = new WeakMap<FidelioDb, FidelioDb>();

export function strictConnection(db: FidelioDb): FidelioDb {
  if (db.durability === 'strict') return db;
  let strict = strictConnections.get(db);
  if (!strict) {
    strict = new FidelioDb(db.name, 'strict');
    strictConnections.set(db, strict);
  }
  return strict;
}

export function createDb(name = 'fidelio'): FidelioDb {
  return new FidelioDb(name);
}

/** Closes both connections, e.g. before deleting the database or in a test's cleanup. */
export function closeDb(db: FidelioDb): void {
  strictConnections.get(db)?.close();
  db.close();
}

/** The app's database. Tests create their own with createDb(uniqueName) instead. */
export const db = createDb();
