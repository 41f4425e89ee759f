// The public API of Fidelio's domain layer. Outside checks call these names: keep them stable.
export { FIDELITY_ITEMS, SECTIONS, DATA_SOURCES, SCORES, ITEM_IDS, isItemId, itemsInSection, itemCode } from './fidelity/items';
export type { FidelityItem, ItemId, Section, DataSource, Score } from './fidelity/items';
export {
  totalScore,
  fidelityBand,
  sectionSubtotals,
  meanPerItem,
  nextUnratedItem,
  BANDS,
  BAND_THRESHOLDS,
  ITEM_COUNT,
  MIN_TOTAL,
  MAX_TOTAL,
} from './fidelity/scoring';
export type { RatingsByItem, TotalScore, FidelityBand, SectionSubtotal } from './fidelity/scoring';
export { nextReviewDue } from './fidelity/review-schedule';
export { BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION, BUILT_IN_SCALE_KEY, LOCALES, scaleKey } from './fidelity/scale-definition';
export { BUILT_IN_SCALE } from './fidelity/built-in-scale';
export type { ScaleDefinition, ScaleItem, ItemText, Locale } from './fidelity/scale-definition';
export {
  caseloadCapacity,
  limitStatus,
  isActiveOn,
  isEmployedOn,
  isCountedSpecialist,
  caseloadRatio,
  loadAfterAssignment,
  FULL_TIME_CAPACITY,
} from './caseload/capacity';
export type { LimitStatus, CaseloadRatio } from './caseload/capacity';
export { PHASES, CLOSURE_REASONS, clientState, checkPhaseChange, daysInState, waitingDays, dateForMoveAfterJob } from './caseload/phases';
export type { Phase, ClosureReason, ClientState, ClientStatus, PhaseEvent, PhaseChangeProblem } from './caseload/phases';
export { isIdentityCode, findIdentityCode, containsIdentityCode } from './caseload/identity-code';
export { computeEvidence } from './evidence/compute-evidence';
export { employmentRate, jobStarts } from './evidence/outcomes';
export type { EmploymentRate, JobStarts } from './evidence/outcomes';
export { EVIDENCE_ITEMS, isEvidenceItem, EVIDENCE_RULES_VERSION, CONTACT_LOG_REVIEWS } from './evidence/evidence-input';
export type { ContactLogReview } from './evidence/evidence-input';
export { isInServiceOn, countsOn, workingDays } from './evidence/service-time';
export { assessEvidence, defaultEvidencePeriod, hasTrackedData, MIN_SOLID_BASIS } from './evidence/evidence-assessment';
export type { AssessedEvidence, AssessedEvidenceByItem, ThinDataReason } from './evidence/evidence-assessment';
export {
  caseloadClients,
  firstContactRows,
  specialistContactRows,
  jobsStartedIn,
  jobsHeldIn,
  currentJobs,
} from './evidence/evidence-records';
export type { FirstContactRow, SpecialistContactRow } from './evidence/evidence-records';
export type { EvidenceInput, Period, Evidence, EvidenceByItem, EvidenceItemId, SuggestedScore } from './evidence/evidence-input';
export { lastQuarters, quarterlyOutcomes } from './evidence/quarters';
export type { Quarter, QuarterOutcome } from './evidence/quarters';
// Issue 14: the one invariant checker every entry path calls (app writes, restore, review files, sync).
export { checkIntegrity } from './integrity/check-records';
export type { IntegrityOptions } from './integrity/check-records';
export { MAX_LISTED_PROBLEMS } from './integrity/problems';
export type { IntegrityProblem, IntegrityCode, IntegrityReport, RecordsByTable } from './integrity/problems';
export { alignNaturalKeys, naturalKeyOf, naturalRecordId, onePerNaturalKey, preferredRecord, NATURAL_KEYS } from './integrity/natural-keys';
export { reviewChanges } from './integrity/review-changes';
export type { ReviewChange } from './integrity/review-changes';
export { isUtcTimestamp, toUtcTimestamp, withUtcTimestamps, compareInstants } from './integrity/timestamps';
export { repairDuplicates } from './integrity/repair-duplicates';
