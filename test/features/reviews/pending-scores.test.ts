import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { Rating } from '../../../src/domain/records/review';
import { usePendingRatingsByItem, usePendingScore, usePendingScores } from '../../../src/features/reviews/pending-scores';

/** The rating as the live query shows it after the write made at `updatedAt`. */
function stored(score: number | null, updatedAt: string): Rating {
  return {
    id: 'r1',
    serviceId: 's1',
    reviewId: 'v1',
    itemId: 'staffing-1',
    score,
    notes: '',
    dataSources: [],
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt,
    deletedAt: null,
  };
}

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:00:01.000Z';
const T2 = '2026-12-01T10:00:02.000Z';

// The store is the module's, and other test files in the same worker (the scoring screen's) may
// leave entries in it: each test starts from an empty one.
const clearStore = () => usePendingScores.setState({ pending: {}, failed: {} });
beforeEach(clearStore);
afterEach(clearStore);

describe('a tapped score shown before the database has it', () => {
  it('shows the tap until the record carries it, then the record', () => {
    const { tapped, written } = usePendingScores.getState();
    const { result, rerender } = renderHook(({ rating }) => usePendingScore(rating), { initialProps: { rating: stored(null, T0) } });
    let seq = 0;
    act(() => void (seq = tapped(stored(null, T0), 5)));
    expect(result.current).toBe(5);
    act(() => written('r1', seq, true));
    // Written, but the live query has not read it back yet: still the tap, not the old null.
    expect(result.current).toBe(5);
    rerender({ rating: stored(5, T1) });
    expect(result.current).toBe(5);
    expect(usePendingScores.getState().pending).toEqual({});
  });

  it('keeps a tap made after the record caught up with the one before, though that one was not yet cleared', () => {
    const { tapped, written, settled } = usePendingScores.getState();
    const first = tapped(stored(null, T0), 5);
    written('r1', first, true);
    // The record now has the 5; the screen's effect that clears the entry has not run yet when
    // the reviewer presses ↑ (on a busy tablet React runs it only before its next render).
    const second = tapped(stored(5, T1), 4);
    settled('r1', first);
    expect(usePendingScores.getState().pending.r1?.score).toBe(4);

    const { result } = renderHook(() => usePendingScore(stored(5, T1)));
    expect(result.current).toBe(4);
    // Its write done, the record not yet read back: the 4 stays rather than the stored 5 coming back.
    act(() => written('r1', second, true));
    expect(result.current).toBe(4);
  });

  it('puts the stored score back and says which score failed when the last write fails', () => {
    const { tapped, written } = usePendingScores.getState();
    const { result } = renderHook(() => usePendingScore(stored(2, T0)));
    let first = 0;
    let second = 0;
    act(() => {
      first = tapped(stored(2, T0), 5);
      second = tapped(stored(2, T0), 3);
    });
    expect(result.current).toBe(3);
    act(() => written('r1', first, true));
    expect(result.current).toBe(3);
    act(() => written('r1', second, false));
    expect(result.current).toBe(2);
    expect(usePendingScores.getState().failed.r1).toBe(3);
  });

  it('counts both writes of two quick taps before it trusts the record', () => {
    const { tapped, written } = usePendingScores.getState();
    const first = tapped(stored(null, T0), 5);
    const second = tapped(stored(null, T0), 4);
    written('r1', first, true);
    // The first write is read back (T1, a 5) while the second is still being written.
    const { result, rerender } = renderHook(({ rating }) => usePendingScore(rating), { initialProps: { rating: stored(5, T1) } });
    expect(result.current).toBe(4);
    act(() => written('r1', second, true));
    rerender({ rating: stored(4, T2) });
    expect(result.current).toBe(4);
  });

  it('renders again only when the shown score changes, not when a write ends or the entry goes', () => {
    const { tapped, written } = usePendingScores.getState();
    let renders = 0;
    const { result, rerender } = renderHook(
      ({ rating }) => {
        renders += 1;
        return usePendingScore(rating);
      },
      { initialProps: { rating: stored(null, T0) } },
    );
    let seq = 0;
    act(() => void (seq = tapped(stored(null, T0), 5)));
    expect(result.current).toBe(5);
    const afterTap = renders;
    // The write ends: the 5 stays on screen, so nothing renders.
    act(() => written('r1', seq, true));
    expect(renders).toBe(afterTap);
    // The record read back renders once; the entry's removal that follows renders nothing more.
    rerender({ rating: stored(5, T1) });
    expect(result.current).toBe(5);
    expect(usePendingScores.getState().pending).toEqual({});
    expect(renders).toBe(afterTap + 1);
  });

  it("lets the strip's scores by item render again only when a shown score changes", () => {
    const { tapped, written } = usePendingScores.getState();
    const ratings: Rating[] = [stored(null, T0), { ...stored(3, T0), id: 'r2', itemId: 'staffing-2' }];
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return usePendingRatingsByItem(ratings);
    });
    expect(result.current).toEqual({ 'staffing-1': null, 'staffing-2': 3 });
    let seq = 0;
    act(() => void (seq = tapped(ratings[0]!, 4)));
    expect(result.current).toEqual({ 'staffing-1': 4, 'staffing-2': 3 });
    const afterTap = renders;
    act(() => written('r1', seq, true));
    expect(renders).toBe(afterTap);
  });
});
