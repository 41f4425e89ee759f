import type * as z from 'zod/mini';
import { AssignmentSchema, JobSchema, PhaseChangeSchema, ReferralSourceSchema, StaffSchema, StoredClientSchema } from '../records/caseload';
import { EmployerContactPersonSchema, EmployerContactSchema, EmployerSchema } from '../records/employers';
import { RecommendationFollowUpSchema } from '../records/follow-up';
import { RatingSchema, RecommendationSchema, ReviewSchema } from '../records/review';
import { RatingSuggestionSchema, ReviewEvidenceSchema } from '../records/review-evidence';
import { ReviewerRatingSchema, ReviewerStatusSchema } from '../records/reviewer-rating';
import { ServiceSchema } from '../records/service';
import { StaffAbsenceSchema } from '../records/staff-absence';
import { ScaleDefinitionSchema } from './scale-schema';
import type { BackupTableName } from './backup-table-names';

export { BACKUP_TABLE_NAMES, type BackupTableName } from './backup-table-names';

/**
 * Where a table joins the backup: table name → its strict record schema and the
 * field that is its primary key. Export writes exactly these tables, import accepts exactly these
 * (any other table name in a file is an error), and a db test fails while a Dexie table other than
 * the device-local `meta` is missing here. A new table: add its line here and its name in
 * ./backup-table-names.ts; the compiler refuses one without the other.
 */
export const BACKUP_TABLES = {
  services: { schema: ServiceSchema, key: 'id' },
  reviews: { schema: ReviewSchema, key: 'id' },
  ratings: { schema: RatingSchema, key: 'id' },
  recommendations: { schema: RecommendationSchema, key: 'id' },
  scales: { schema: ScaleDefinitionSchema, key: 'key' },
  recommendationFollowUps: { schema: RecommendationFollowUpSchema, key: 'id' },
  staff: { schema: StaffSchema, key: 'id' },
  // A client, or the content-free tombstone an erased client leaves (issue 14 #2).
  clients: { schema: StoredClientSchema, key: 'id' },
  phaseChanges: { schema: PhaseChangeSchema, key: 'id' },
  assignments: { schema: AssignmentSchema, key: 'id' },
  jobs: { schema: JobSchema, key: 'id' },
  referralSources: { schema: ReferralSourceSchema, key: 'id' },
  reviewerRatings: { schema: ReviewerRatingSchema, key: 'id' },
  reviewerStatuses: { schema: ReviewerStatusSchema, key: 'id' },
  employers: { schema: EmployerSchema, key: 'id' },
  employerContactPeople: { schema: EmployerContactPersonSchema, key: 'id' },
  employerContacts: { schema: EmployerContactSchema, key: 'id' },
  reviewEvidence: { schema: ReviewEvidenceSchema, key: 'id' },
  ratingSuggestions: { schema: RatingSuggestionSchema, key: 'id' },
  staffAbsences: { schema: StaffAbsenceSchema, key: 'id' },
} as const satisfies Record<BackupTableName, { schema: z.ZodMiniType; key: string }>;

/** Tables that exist on the device but never travel in a backup (device-local settings; team sync's bookkeeping, issue 17). */
export const DEVICE_LOCAL_TABLES = ['meta', 'syncOutbox', 'syncRevs', 'syncState'] as const;

export function isBackupTableName(name: string): name is BackupTableName {
  return Object.hasOwn(BACKUP_TABLES, name);
}
