import { useEffect } from 'react';
import { create } from 'zustand';
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

/** The score to show for one rating: the tapped one until the database has it. */
export function usePendingScore(rating: Rating): number | null {
  const entry = usePendingScores((s) => s.pending[rating.id]);
  const settled = usePendingScores((s) => s.settled);
  const isDone = entry !== undefined && isSettled(entry, rating);
  const doneSeq = isDone ? entry.seq : null;
  useEffect(() => {
    if (doneSeq !== null) settled(rating.id, doneSeq);
  }, [doneSeq, settled, rating.id]);
  return entry && !isDone ? entry.score : rating.score;
}

/** Scores by item with the pending taps laid over the stored ones: the strip's total moves at once. */
export function usePendingRatingsByItem(ratings: readonly Rating[]): RatingsByItem {
  const pending = usePendingScores((s) => s.pending);
  const byItem: RatingsByItem = {};
  for (const rating of ratings) {
    const entry = pending[rating.id];
    byItem[rating.itemId] = entry && !isSettled(entry, rating) ? entry.score : rating.score;
  }
  return byItem;
}
