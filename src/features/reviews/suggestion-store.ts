import { create } from 'zustand';

/** The evidence suggestion on screen now, if any (UI state: what the reviewer can see). */
export interface ShownSuggestion {
  reviewId: string;
  itemId: string;
  suggestedScore: number;
}

interface SuggestionState {
  shown: ShownSuggestion | null;
  show: (suggestion: ShownSuggestion | null) => void;
}

/**
 * The evidence panel loads on demand, after the score buttons; it tells them here which suggestion
 * the reviewer is looking at, so a score chosen by hand is remembered as following it or not.
 */
export const useSuggestionStore = create<SuggestionState>()((set) => ({
  shown: null,
  show: (shown) => set({ shown }),
}));

/**
 * The suggestion shown for this item, or undefined when the reviewer sees none (no tracked data, no
 * figure, or the panel still loading): then nothing is remembered, as there was nothing to follow.
 */
export function shownSuggestionFor(reviewId: string, itemId: string): number | undefined {
  const { shown } = useSuggestionStore.getState();
  return shown && shown.reviewId === reviewId && shown.itemId === itemId ? shown.suggestedScore : undefined;
}
