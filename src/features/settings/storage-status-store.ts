import { create } from 'zustand';
import { requestPersistentStorage, type PersistResult } from '../../db/storage';

interface StorageStatusState {
  /** null until the browser has answered; settings shows "checking" meanwhile. */
  persistence: PersistResult | null;
  setPersistence: (result: PersistResult) => void;
}

export const useStorageStatusStore = create<StorageStatusState>()((set) => ({
  persistence: null,
  setPersistence: (result) => set({ persistence: result }),
}));

/**
 * Asks for persistent storage and records the answer. Shared by the startup check and the
 * "Ask again" button so both keep the one status that settings shows (reliability.md #7).
 */
export async function checkPersistentStorage(): Promise<PersistResult> {
  const result = await requestPersistentStorage();
  useStorageStatusStore.getState().setPersistence(result);
  return result;
}
