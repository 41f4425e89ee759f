import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { EvidenceItemId } from '../../domain/evidence/evidence-input';
import type { Rating } from '../../domain/records/review';
import { withAppDb } from '../../db/load-app-db';
import { setRatingScore } from '../../db/repos/ratings';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { usePendingScore, usePendingScores } from './pending-scores';
import { shownSuggestionFor } from './suggestion-store';

/**
 * Runs `write` once the frame that shows the tap is painted (the animation frame runs just before
 * the paint, the timeout after it), so that the tap's frame does not also carry the start of an
 * IndexedDB transaction and the live queries Dexie re-runs at once. A page that paints no frame
 * (hidden) starts it after 100 ms anyway.
 */
function afterNextPaint(write: () => void) {
  let isDone = false;
  const run = () => {
    if (isDone) return;
    isDone = true;
    clearTimeout(fallback);
    write();
  };
  const fallback = setTimeout(run, 100);
  // Two turns after the frame: what else waited for that frame (its own after-paint work) goes first.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => setTimeout(run, 0), 0));
}

/**
 * The score a rating shows (a tap's at once, before the database has it) and, if the last chosen
 * score could not be saved and was put back, the message that says so.
 */
export function useShownScore(rating: Rating) {
  const { t } = useTranslation(['reviews']);
  const score = usePendingScore(rating);
  const failed = usePendingScores((s) => s.failed[rating.id]);
  let error: string | null = null;
  if (failed !== undefined) error = failed === null ? t('reviews:item.clearFailed') : t('reviews:item.saveFailed', { score: failed });
  return { score, error };
}

/**
 * Choosing (or clearing) a score on one rating: the choice and the total show at once (the tapped
 * value is held as UI state); the write and the live query follow and take over. If the write
 * fails, the choice goes back to what is stored and useShownScore's `error` says so (the storage
 * banner says why). A component that only chooses does not render again on a tap.
 */
export function useChooseScore(reviewId: string, rating: Rating) {
  const save = useTrackedSave();
  const tapped = usePendingScores((s) => s.tapped);
  const written = usePendingScores((s) => s.written);
  return useCallback(
    (value: number | null, evidenceItem: EvidenceItemId | null) => {
      const shown = evidenceItem ? shownSuggestionFor(reviewId, evidenceItem) : undefined;
      const seq = tapped(rating, value);
      const at = new Date();
      afterNextPaint(
        () => void save(() => withAppDb((db) => setRatingScore(db, rating.id, value, at, shown))).then((ok) => written(rating.id, seq, ok)),
      );
    },
    [save, tapped, written, reviewId, rating],
  );
}

/** Both: the shown score, its error and choosing, for a component that shows and chooses. */
export function useScoreTap(reviewId: string, rating: Rating) {
  return { ...useShownScore(rating), choose: useChooseScore(reviewId, rating) };
}
