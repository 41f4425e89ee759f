import type { BackupTableName } from '../transfer/backup-table-names';

/**
 * Every field that names another record, by table: field → the table it points into. The target
 * must exist (in the batch or stored, a tombstone counts) and belong to the same service. `serviceId`
 * points into services for every table but services and scales (a service's serviceId is its own id).
 */
export const REFERENCES: Partial<Record<BackupTableName, Record<string, BackupTableName>>> = {
  reviews: {},
  ratings: { reviewId: 'reviews' },
  recommendations: { reviewId: 'reviews' },
  recommendationFollowUps: { reviewId: 'reviews', recommendationId: 'recommendations' },
  staff: {},
  clients: { referralSource: 'referralSources' },
  phaseChanges: { clientId: 'clients' },
  assignments: { clientId: 'clients', staffId: 'staff' },
  jobs: { clientId: 'clients', employerId: 'employers' },
  referralSources: {},
  reviewerRatings: { reviewId: 'reviews' },
  reviewerStatuses: { reviewId: 'reviews' },
  employers: { mergedInto: 'employers' },
  employerContactPeople: { employerId: 'employers' },
  employerContacts: { staffId: 'staff', employerId: 'employers', contactPersonId: 'employerContactPeople', clientIds: 'clients' },
  reviewEvidence: { reviewId: 'reviews' },
  ratingSuggestions: { reviewId: 'reviews' },
  staffAbsences: { staffId: 'staff' },
};

/** A client's referral source is a built-in one (`default:<key>`) or a record of the service. */
export const isBuiltInReference = (table: BackupTableName, field: string, value: string): boolean =>
  table === 'clients' && field === 'referralSource' && value.startsWith('default:');

/** Lists that are sets, with their limits: a data source once, at most the four there are. */
export const LIST_LIMITS: Partial<Record<BackupTableName, Record<string, number>>> = {
  ratings: { dataSources: 4 },
  employerContacts: { clientIds: 100 },
};
