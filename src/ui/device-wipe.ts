import { create } from 'zustand';

export type WipePhase = 'idle' | 'wiping' | 'done' | 'failed';

/**
 * Whether the device is being emptied. The app shell shows only the wipe screen once this leaves
 * 'idle', so no screen reads the database while it is deleted (and none reopens it).
 */
export const useDeviceWipeStore = create<{ phase: WipePhase; start: () => void; finish: (phase: 'done' | 'failed') => void }>((set) => ({
  phase: 'idle',
  start: () => set({ phase: 'wiping' }),
  finish: (phase) => set({ phase }),
}));
