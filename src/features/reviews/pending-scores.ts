import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RatingsByItem } from '../../domain/fidelity/scoring';
import type { Rating } from '../../domain/records/review';

/**
 * A score tapped but not yet read back from the database. UI state only: IndexedDB stays the
 * truth, and the entry goes as soon as the live query shows a record written after the tap.
 */
interface PendingScore {
  score: number | null;
  /** The record's updatedAt when the first of these taps was made: a newer one is the write's. */
  baseUpdatedAt: string;
  /** Writes started and not yet finished: the entry stays until the last one is done. */
  inFlight: number;
  /** Which tap this is: a failed write reverts only if no later tap replaced it. */
  seq: number;
}

interface PendingScoresState {
  pending: Record<string, PendingScore>;
  /** Per rating, the score whose write failed and was put back (cleared by the next tap). */
  failed: Record<string, number | null>;
  tapped: (rating: Rating, score: number | null) => number;
  written: (ratingId: string, seq: number, ok: boolean) => void;
  /** The entry of tap `seq` is in the record: it goes, unless a later tap has replaced it. */
  settled: (ratingId: string, seq: number) => void;
}

/** Whether the live record already carries every write of the pending taps. */
const isSettled = (entry: PendingScore, rating: Rating) => entry.inFlight === 0 && rating.updatedAt !== entry.baseUpdatedAt;

let nextSeq = 1;

/** A copy of a record without one key. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const usePendingScores = create<PendingScoresState>()((set, get) => ({
  pending: {},
  failed: {},
  tapped: (rating, score) => {
    const seq = nextSeq++;
    // An entry the record already carries (its removal is still to come) is over: this tap starts
    // from the record as shown, or its write's end would count as settled before the record has it.
    const previous = get().pending[rating.id];
    const current = previous && !isSettled(previous, rating) ? previous : undefined;
    const entry: PendingScore = {
      score,
      seq,
      baseUpdatedAt: current?.baseUpdatedAt ?? rating.updatedAt,
      inFlight: (current?.inFlight ?? 0) + 1,
    };
    set({ pending: { ...get().pending, [rating.id]: entry }, failed: without(get().failed, rating.id) });
    return seq;
  },
  written: (ratingId, seq, ok) => {
    const current = get().pending[ratingId];
    if (!current) return;
    if (!ok && current.seq === seq) {
      // The last tap could not be saved: show what the database holds, and say so.
      set({ pending: without(get().pending, ratingId), failed: { ...get().failed, [ratingId]: current.score } });
      return;
    }
    set({ pending: { ...get().pending, [ratingId]: { ...current, inFlight: Math.max(0, current.inFlight - 1) } } });
  },
  settled: (ratingId, seq) => {
    // React runs the effect that reports a settled entry only before its next render: a tap made
    // in between has replaced the entry, and removing that one would show the old score again.
    if (get().pending[ratingId]?.seq === seq) set({ pending: without(get().pending, ratingId) });
  },
}));

/** What a rating shows: the tapped score until the record carries every write of the taps. */
function shownScore(entry: PendingScore | undefined, rating: Rating): number | null {
  return entry && !isSettled(entry, rating) ? entry.score : rating.score;
}

/** The score a rating shows at this moment (for a key press, which need not render anything). */
export function shownScoreNow(rating: Rating): number | null {
  return shownScore(usePendingScores.getState().pending[rating.id], rating);
}

/**
 * The score to show for one rating: the tapped one until the database has it. The component
 * renders again only when that score changes: a write's end and the entry's removal, which leave
 * the shown score as it is, render nothing (issue 15: each was a render of the item's choices and
 * the strip in the seconds after a tap, when the next tap or "Next" may come).
 */
export function usePendingScore(rating: Rating): number | null {
  const score = usePendingScores((s) => shownScore(s.pending[rating.id], rating));
  // The entry goes once the record read back carries it. Looked at when the record changes, from
  // the store itself: were "settled" selected for rendering, its removal would render again. An
  // entry whose write ends after the record is read back stays, settled (it shows the record),
  // until the next tap replaces it or the record changes again.
  useEffect(() => {
    const { pending, settled } = usePendingScores.getState();
    const entry = pending[rating.id];
    if (entry && isSettled(entry, rating)) settled(rating.id, entry.seq);
  }, [rating]);
  return score;
}

/**
 * Scores by item with the pending taps laid over the stored ones: the strip's total moves at once.
 * As above, the strip renders again only when a shown score changes.
 */
export function usePendingRatingsByItem(ratings: readonly Rating[]): RatingsByItem {
  const shown = usePendingScores(useShallow((s) => ratings.map((rating) => shownScore(s.pending[rating.id], rating))));
  return useMemo(() => {
    const byItem: RatingsByItem = {};
    ratings.forEach((rating, index) => (byItem[rating.itemId] = shown[index] ?? null));
    return byItem;
  }, [ratings, shown]);
}
