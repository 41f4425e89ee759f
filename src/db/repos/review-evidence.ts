import type { Period } from '../../domain/evidence/evidence-input';
import { ReviewEvidenceSchema, type ReviewEvidence } from '../../domain/records/review-evidence';
import type { FidelioDb } from '../app-db';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { getEditableReview } from './review-guard';

/** The review's live evidence record, or undefined when none was written yet. */
export function findReviewEvidence(db: FidelioDb, reviewId: string): Promise<ReviewEvidence | undefined> {
  return db.reviewEvidence
    .where('reviewId')
    .equals(reviewId)
    .filter((record) => record.deletedAt === null)
    .first();
}

/** Writes the review's one evidence record, creating it on first use. Call inside a transaction. */
export async function putReviewEvidence(
  db: FidelioDb,
  review: { id: string; serviceId: string },
  change: Partial<Pick<ReviewEvidence, 'period' | 'snapshot'>>,
  at: string,
): Promise<void> {
  const existing = await findReviewEvidence(db, review.id);
  const next: ReviewEvidence = existing
    ? { ...existing, ...change, updatedAt: at }
    : {
        id: newId(),
        serviceId: review.serviceId,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        reviewId: review.id,
        period: null,
        snapshot: null,
        ...change,
      };
  await db.reviewEvidence.put(validated(ReviewEvidenceSchema, 'reviewEvidence', next));
}

/**
 * Sets the period the review's evidence is computed for; null returns to the default (the 12
 * months before the visit). Refused on a final review: its figures are the snapshot.
 */
export async function setEvidencePeriod(db: FidelioDb, reviewId: string, period: Period | null, now: Date): Promise<void> {
  await db.transaction('rw', [db.reviews, db.reviewEvidence], async () => {
    const review = await getEditableReview(db, reviewId);
    await putReviewEvidence(db, review, { period }, toTimestamp(now));
  });
}
