/**
 * The tables a backup holds, in the order it writes them. Apart from their schemas
 * (./backup-tables.ts) so that code that only needs the names, such as the backup reminder on the
 * first screen, does not load every record schema. The compiler keeps the two lists equal.
 */
export const BACKUP_TABLE_NAMES = [
  'services',
  'reviews',
  'ratings',
  'recommendations',
  'scales',
  'recommendationFollowUps',
  'staff',
  'clients',
  'phaseChanges',
  'assignments',
  'jobs',
  'referralSources',
  'reviewerRatings',
  'reviewerStatuses',
  'employers',
  'employerContactPeople',
  'employerContacts',
  'reviewEvidence',
  'ratingSuggestions',
  'staffAbsences',
] as const;

export type BackupTableName = (typeof BACKUP_TABLE_NAMES)[number];
