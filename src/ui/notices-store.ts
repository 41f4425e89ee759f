import { create } from 'zustand';
import type { StorageErrorKind } from '../db/storage';

export type StorageProblem = StorageErrorKind;

interface NoticesState {
  /** The last storage problem the user has not dismissed yet. */
  storageProblem: StorageProblem | null;
  /** Bumped on every successful autosave so the "Saved" status can be announced. */
  lastSavedAt: number | null;
  pendingSaves: number;
  reportStorageProblem: (problem: StorageProblem) => void;
  dismissStorageProblem: () => void;
  saveStarted: () => void;
  saveFinished: (ok: boolean, at: number) => void;
}

export const useNoticesStore = create<NoticesState>()((set) => ({
  storageProblem: null,
  lastSavedAt: null,
  pendingSaves: 0,
  reportStorageProblem: (problem) => set({ storageProblem: problem }),
  dismissStorageProblem: () => set({ storageProblem: null }),
  saveStarted: () => set((state) => ({ pendingSaves: state.pendingSaves + 1 })),
  saveFinished: (ok, at) =>
    set((state) => ({
      pendingSaves: Math.max(0, state.pendingSaves - 1),
      lastSavedAt: ok ? at : state.lastSavedAt,
    })),
}));
