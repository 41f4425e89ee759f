import { create } from 'zustand';

export type ReviewView = 'item' | 'list';

interface ReviewViewState {
  view: ReviewView;
  setView: (view: ReviewView) => void;
}

/**
 * One item at a time (scoring during the visit) or the whole review as one list (scoring from
 * notes at the end of it): a UI choice kept while the app is open, shared by every review.
 */
export const useReviewViewStore = create<ReviewViewState>()((set) => ({
  view: 'item',
  setView: (view) => set({ view }),
}));
