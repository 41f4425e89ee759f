import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * "My name" for fast logging: the specialist chosen on this device, per service. UI state only —
 * a preference of whoever holds the tablet, so it lives in localStorage, not in IndexedDB.
 */
interface SpecialistState {
  byService: Record<string, string>;
  choose: (serviceId: string, staffId: string) => void;
}

export const useSpecialistStore = create<SpecialistState>()(
  persist(
    (set) => ({
      byService: {},
      choose: (serviceId, staffId) => set((state) => ({ byService: { ...state.byService, [serviceId]: staffId } })),
    }),
    { name: 'fidelio-contacts-specialist', storage: createJSONStorage(() => localStorage) },
  ),
);
