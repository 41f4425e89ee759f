// The schema's history as data, with no code: the scoring screen's first read (src/db/first-read.ts,
// src/app/first-read-start.ts) runs before Dexie is loaded and needs the newest version's number.

/**
 * SCHEMA VERSIONS ARE APPEND-ONLY: version 1 is the first shipped schema; never edit a step.
 * A change is a new step below the last one (and, when records must change, a version declared
 * with its `.upgrade()` in the constructor), plus a test that opens a database filled with the
 * previous version's data (test/db/upgrade*.test.ts). Every table has serviceId for per-service
 * reads and deletes.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      services: 'id, updatedAt',
      reviews: 'id, serviceId, [serviceId+firstDay], status',
      ratings: 'id, reviewId, [reviewId+itemId], serviceId',
      recommendations: 'id, reviewId, [reviewId+itemId], serviceId',
      scales: 'key, scaleId',
      meta: 'key',
    },
  },
  // Issue 3: staff, clients and their dated phase changes, assignments and jobs, and each
  // service's own referral sources. New tables only. A client's history is read by clientId.
  {
    version: 2,
    stores: {
      staff: 'id, serviceId',
      clients: 'id, serviceId',
      phaseChanges: 'id, serviceId, clientId',
      assignments: 'id, serviceId, clientId, staffId',
      jobs: 'id, serviceId, clientId',
      referralSources: 'id, serviceId',
    },
  },
  // Issue 6: follow-up of an earlier review's recommendations, recorded in a later review. New
  // table only. [reviewId+recommendationId] finds the one record of a pair.
  { version: 3, stores: { recommendationFollowUps: 'id, serviceId, reviewId, recommendationId, [reviewId+recommendationId]' } },
  // Issue 7: independent ratings. One record per reviewer per item and one status per reviewer
  // per review; the consensus stays in `ratings`. New tables only.
  {
    version: 4,
    stores: {
      reviewerRatings: 'id, serviceId, reviewId, [reviewId+reviewerId], [reviewId+itemId]',
      reviewerStatuses: 'id, serviceId, reviewId, [reviewId+reviewerId]',
    },
  },
  // Issue 4: employers, their contact people and one record per employer contact. [staffId+date]
  // serves My week and Team week, [employerId+date] an employer's history, and the multi-entry
  // *clientIds the contacts made for one client. New tables only.
  {
    version: 5,
    stores: {
      employers: 'id, serviceId',
      employerContactPeople: 'id, serviceId, employerId',
      employerContacts: 'id, serviceId, [staffId+date], [employerId+date], *clientIds',
    },
  },
  // Issue 5: one evidence record per review (its period and the snapshot taken at finalising) and
  // one record per review and evidence item telling whether the score followed the suggestion.
  // Both have reviewId, so deleting a review tombstones them. New tables only.
  {
    version: 6,
    stores: {
      reviewEvidence: 'id, serviceId, reviewId',
      ratingSuggestions: 'id, serviceId, reviewId, [reviewId+itemId]',
    },
  },
  // Issue 14: no new table or index. Its upgrade (repairDuplicateRatings) keeps one consensus
  // rating per review and item (and one reviewer rating / status per reviewer) where a merge
  // matched by id only had left two, and records which reviews it repaired in meta.
  { version: 7, stores: {} },
  // Issue 17, team sync: device-local tables, never synced. syncOutbox holds one entry per changed
  // record not yet handed to the device's PouchDB (`<table>:<id>`, written in the same transaction
  // as the change); syncRevs the PouchDB revision each record on this device was last synced at,
  // so an edit made over a newer remote version becomes a kept conflict, not an overwrite;
  // syncState the connection, the chosen services and each feed's position. New tables only.
  // (Version 7 is a data repair on another branch.)
  {
    version: 8,
    stores: {
      syncOutbox: 'key',
      syncRevs: 'key',
      syncState: 'key',
    },
  },
  // Issue 16, evidence rules version 2: one record per absence of a staff member, read by staffId.
  // New table only; the other new fields (a service's contact log review, a snapshot's rules
  // version and log review) are optional, so stored records stay valid unchanged.
  { version: 9, stores: { staffAbsences: 'id, serviceId, staffId' } },
  // Issues 15 and 16: a job names its employer from the directory (employerId, indexed so a merge
  // moves an employer's jobs and the employer's page lists them) and may carry the answers behind
  // "competitive". Its upgrade (linkStoredJobEmployers) links each job's free-text employer to
  // the directory by name, creating entries for names not in it; the answers stay null.
  { version: 10, stores: { jobs: 'id, serviceId, clientId, employerId' } },
];

/** The version number IndexedDB holds for the newest schema: Dexie stores version × 10. */
export const STORED_SCHEMA_VERSION = Math.round(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version * 10);
