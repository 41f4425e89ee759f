import { assessEvidence, defaultEvidencePeriod, hasTrackedData } from '../domain/evidence/evidence-assessment';
import { EVIDENCE_RULES_VERSION } from '../domain/evidence/evidence-input';
import type { Review } from '../domain/records/review';
import type { EvidenceSnapshot } from '../domain/records/review-evidence';
import type { FidelioDb } from './app-db';
import { loadEvidenceContext } from './evidence-queries';
import { findReviewEvidence, putReviewEvidence } from './repos/review-evidence';

export type PreparedSnapshot = Omit<EvidenceSnapshot, 'computedAt'>;

/**
 * What the tracked data says for the review's evidence period now (issue 5: "when a review is
 * finalised, the figures are stored with it"); null for a service that keeps no tracked data, so
 * its reviews stay exactly as before. Reads only, and outside the finalising transaction: Dexie
 * loses its transaction in the nested async reads of the caseload.
 */
export async function prepareEvidenceSnapshot(
  db: FidelioDb,
  review: Pick<Review, 'id' | 'serviceId' | 'firstDay'>,
): Promise<PreparedSnapshot | null> {
  const existing = await findReviewEvidence(db, review.id);
  const period = existing?.period ?? defaultEvidencePeriod(review.firstDay);
  const { input } = await loadEvidenceContext(db, review.serviceId);
  if (!existing && !hasTrackedData(input)) return null;
  return {
    rulesVersion: EVIDENCE_RULES_VERSION,
    contactLogReview: input.contactLogReview ?? null,
    period,
    items: assessEvidence(input, period),
  };
}

/**
 * Stores a prepared snapshot, replacing an earlier one. Call inside a transaction over
 * db.reviewEvidence. Not an async function on purpose: one more level of native async between the
 * transaction and its writes made Dexie commit the transaction early (PrematureCommitError).
 */
export function storeEvidenceSnapshot(
  db: FidelioDb,
  review: Pick<Review, 'id' | 'serviceId'>,
  prepared: PreparedSnapshot,
  at: string,
): Promise<void> {
  return putReviewEvidence(db, review, { snapshot: { computedAt: at, ...prepared } }, at);
}
