import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItemId } from '../../domain/evidence/evidence-input';
import type { Rating } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { setRatingScore } from '../../db/repos/ratings';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { usePendingScore, usePendingScores } from './pending-scores';
import { shownSuggestionFor } from './suggestion-store';

/**
 * A score chosen (or cleared) on one rating. The choice and the total show at once (the tapped
 * value is held as UI state); the write and the live query follow and take over. If the write
 * fails, the choice goes back to what is stored and `error` says so (the storage banner says why).
 */
export function useScoreTap(reviewId: string, rating: Rating) {
  const { t } = useTranslation();
  const save = useTrackedSave();
  const score = usePendingScore(rating);
  const failed = usePendingScores((s) => s.failed[rating.id]);
  const tapped = usePendingScores((s) => s.tapped);
  const written = usePendingScores((s) => s.written);
  const choose = useCallback(
    (value: number | null, evidenceItem: EvidenceItemId | null) => {
      const shown = evidenceItem ? shownSuggestionFor(reviewId, evidenceItem) : undefined;
      const seq = tapped(rating, value);
      void save(() => setRatingScore(db, rating.id, value, new Date(), shown)).then((ok) => written(rating.id, seq, ok));
    },
    [save, tapped, written, reviewId, rating],
  );
  let error: string | null = null;
  if (failed !== undefined) error = failed === null ? t('reviews.item.clearFailed') : t('reviews.item.saveFailed', { score: failed });
  return { score, error, choose };
}
