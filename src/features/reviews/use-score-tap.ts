import { useCallback } from 'react';
import type { EvidenceItemId } from '../../domain/evidence/evidence-input';
import type { Rating } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { setRatingScore } from '../../db/repos/ratings';
import { useTrackedSave } from '../../ui/use-tracked-save';
import { shownSuggestionFor } from './suggestion-store';

/** A score chosen (or cleared) on one rating: saved, with the evidence suggestion on screen remembered. */
export function useScoreTap(reviewId: string, rating: Rating) {
  const save = useTrackedSave();
  const choose = useCallback(
    (score: number | null, evidenceItem: EvidenceItemId | null) => {
      const shown = evidenceItem ? shownSuggestionFor(reviewId, evidenceItem) : undefined;
      void save(() => setRatingScore(db, rating.id, score, new Date(), shown));
    },
    [save, reviewId, rating.id],
  );
  return { score: rating.score, error: null as string | null, choose };
}
