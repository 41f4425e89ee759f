import { useCurrentLiveQuery } from './use-current-live-query';
import type { RatingSuggestion, ReviewEvidence } from '../../domain/records/review-evidence';
import { db } from '../app-db';
import { loadEvidenceContext, type EvidenceContext } from '../evidence-queries';
import { findReviewEvidence } from '../repos/review-evidence';

export interface ReviewEvidenceState {
  /** null until the reviewer changes the period or the review is finalised. */
  record: ReviewEvidence | null;
  suggestions: RatingSuggestion[];
}

/** A review's evidence record and remembered suggestions; undefined while loading. */
export function useReviewEvidence(reviewId: string): ReviewEvidenceState | undefined {
  return useCurrentLiveQuery(() => loadReviewEvidenceState(reviewId), [reviewId]);
}

async function loadReviewEvidenceState(reviewId: string): Promise<ReviewEvidenceState> {
  const [record, suggestions] = await Promise.all([
    findReviewEvidence(db, reviewId),
    db.ratingSuggestions
      .where('reviewId')
      .equals(reviewId)
      .toArray()
      .then((suggestions) => suggestions.filter((s) => s.deletedAt === null)),
  ]);
  return { record: record ?? null, suggestions };
}

/**
 * The service's tracked data (all of it: the period is applied when it is computed); undefined while
 * loading or when not wanted (a final review shows its snapshot). Kept apart from useReviewEvidence so
 * a score tap (which writes a suggestion record) does not reread the contact log, and read alongside
 * it, not after it: waiting for the review's period first made the evidence panel's start two reads
 * long, and a change of period read the whole log again for nothing.
 */
export function useEvidenceContext(serviceId: string, isWanted: boolean): EvidenceContext | undefined {
  return useCurrentLiveQuery(() => (isWanted ? loadEvidenceContext(db, serviceId) : undefined), [serviceId, isWanted]);
}

/** The evidence records of two reviews (for comparing their snapshots); undefined while loading. */
export function usePairEvidence(baselineId: string, comparedId: string): [ReviewEvidenceState, ReviewEvidenceState] | undefined {
  return useCurrentLiveQuery(
    () => Promise.all([loadReviewEvidenceState(baselineId), loadReviewEvidenceState(comparedId)]),
    [baselineId, comparedId],
  );
}
