import { Dexie, type EntityTable } from 'dexie';
import type { Assignment, Job, PhaseChange, ReferralSource, Staff, StoredClient } from '../domain/records/caseload';
import type { StoredScaleDefinition } from '../domain/fidelity/scale-definition';
import type { Employer, EmployerContact, EmployerContactPerson } from '../domain/records/employers';
import type { RecommendationFollowUp } from '../domain/records/follow-up';
import type { Rating, Recommendation, Review } from '../domain/records/review';
import type { RatingSuggestion, ReviewEvidence } from '../domain/records/review-evidence';
import type { ReviewerRating, ReviewerStatus } from '../domain/records/reviewer-rating';
import type { Service } from '../domain/records/service';
import type { StaffAbsence } from '../domain/records/staff-absence';
import { APP_DATABASE_NAME } from './first-read';
import { linkStoredJobEmployers } from './link-job-employers';
import { repairDuplicateRatings } from './repair-duplicate-ratings';
import { ensureBuiltInScale } from './seed-scale';
import { installOutbox } from './sync/outbox';
import { SCHEMA_VERSIONS } from './schema-versions';

/** Device-local settings and markers; never synced, so it carries no sync fields. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A changed record not yet handed to the device's PouchDB; `key` is `<table>:<id>`. */
export interface SyncOutboxEntry {
  key: string;
  table: string;
  id: string;
  /** The record's service; for a record removed outright, the service it was removed from (its removal is sent). */
  serviceId: string;
  /** Bumped on every change, so a push only clears the entry if nothing changed meanwhile. */
  change: number;
}

/** The PouchDB revision a record on this device was last synced at (sent or applied). */
export interface SyncRev {
  key: string;
  rev: string;
}

export type Durability = 'relaxed' | 'strict';

export { SCHEMA_VERSIONS, STORED_SCHEMA_VERSION } from './schema-versions';
// Live queries get it from here (src/db/live/use-current-live-query.ts): Dexie loads with this module.
export { liveQuery } from 'dexie';

/** The version whose upgrade repairs duplicate ratings (issue 14); declared with it below. */
const REPAIR_VERSION = 7;
/** The version whose upgrade links jobs to the employer directory (issue 15). */
const JOB_EMPLOYERS_VERSION = 10;
const storesUpTo = (version: number): Record<string, string> =>
  Object.assign({}, ...SCHEMA_VERSIONS.filter((step) => step.version <= version).map((step) => step.stores)) as Record<string, string>;

export class FidelioDb extends Dexie {
  services!: EntityTable<Service, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  scales!: EntityTable<StoredScaleDefinition, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** The seeding started by the last open; tests and restore can wait for it. */
  seeding: Promise<boolean> = Promise.resolve(false);
  // Version 2 (issue 3): caseloads.
  staff!: EntityTable<Staff, 'id'>;
  // A client, or the content-free tombstone of an erased one (issue 14 #2).
  clients!: EntityTable<StoredClient, 'id'>;
  phaseChanges!: EntityTable<PhaseChange, 'id'>;
  assignments!: EntityTable<Assignment, 'id'>;
  jobs!: EntityTable<Job, 'id'>;
  referralSources!: EntityTable<ReferralSource, 'id'>;
  recommendationFollowUps!: EntityTable<RecommendationFollowUp, 'id'>;
  // Version 4 (issue 7): each reviewer's own ratings and where they are with them.
  reviewerRatings!: EntityTable<ReviewerRating, 'id'>;
  reviewerStatuses!: EntityTable<ReviewerStatus, 'id'>;
  // Version 5 (issue 4): employer directory and contact log.
  employers!: EntityTable<Employer, 'id'>;
  employerContactPeople!: EntityTable<EmployerContactPerson, 'id'>;
  employerContacts!: EntityTable<EmployerContact, 'id'>;
  // Version 6 (issue 5): a review's evidence period and snapshot, and whether scores followed suggestions.
  reviewEvidence!: EntityTable<ReviewEvidence, 'id'>;
  ratingSuggestions!: EntityTable<RatingSuggestion, 'id'>;
  // Version 8 (issue 17): team sync's device-local bookkeeping (src/db/sync/).
  syncOutbox!: EntityTable<SyncOutboxEntry, 'key'>;
  syncRevs!: EntityTable<SyncRev, 'key'>;
  syncState!: EntityTable<MetaRecord, 'key'>;
  // Version 9 (issue 16): staff absences, for evidence rules version 2.
  staffAbsences!: EntityTable<StaffAbsence, 'id'>;

  constructor(
    name: string,
    readonly durability: Durability = 'relaxed',
    /** False only for team sync's connection that applies the server's changes (no echo back). */
    readonly marksChanges = true,
  ) {
    // Relaxed by default: autosave on every keystroke need not wait for the disk flush.
    // Writes that must survive a crash go through strictConnection() (reliability.md #2, #13).
    super(name, { chromeTransactionDurability: durability });
    // Team sync (issue 17): a change and its "to be sent" mark in one transaction (src/db/sync/outbox.ts).
    if (marksChanges) installOutbox(this);

    // Dexie (since 3.0) upgrades from whatever version is installed by comparing it with the
    // schema declared here, so only the newest schema is declared, plus any version with an
    // upgrade function. Declaring every version made Dexie parse all of them again for each one,
    // about 100 ms of a slow tablet's start (issue 8). The history stays in SCHEMA_VERSIONS.
    const newest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
    this.version(REPAIR_VERSION)
      .stores(storesUpTo(REPAIR_VERSION))
      .upgrade((tx) => repairDuplicateRatings(tx, new Date()));
    this.version(JOB_EMPLOYERS_VERSION)
      .stores(storesUpTo(JOB_EMPLOYERS_VERSION))
      .upgrade((tx) => linkStoredJobEmployers(tx, new Date()));
    if (newest.version > JOB_EMPLOYERS_VERSION) this.version(newest.version).stores(storesUpTo(newest.version));

    // Sticky, so the scale is seeded on every open, including after a reopen or an upgrade.
    // Not awaited: the first screen must not wait for the scale's wording to download and be
    // written, and a failed seed (e.g. a full disk) must not stop the database from opening.
    // Until it is stored, queries fall back to the scale bundled in the code.
    this.on(
      'ready',
      () => {
        this.seeding = ensureBuiltInScale(this).catch((error: unknown) => {
          // Closed right after opening (a test, a deleted database): the next open seeds again.
          if (!(error instanceof Error && error.name === 'DatabaseClosedError')) console.error('Seeding the built-in scale failed', error);
          return false;
        });
      },
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

export function createDb(name = APP_DATABASE_NAME): FidelioDb {
  return new FidelioDb(name);
}

/** Closes both connections, e.g. before deleting the database or in a test's cleanup. */
export function closeDb(db: FidelioDb): void {
  strictConnections.get(db)?.close();
  db.close();
}

/** The app's database. Tests create their own with createDb(uniqueName) instead. */
export const db = createDb();
