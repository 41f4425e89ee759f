import { create } from 'zustand';
import { db } from '../db/app-db';
import { deleteAllDatabases } from '../db/wipe';

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

/**
 * Everything Fidelio keeps in this browser, in the order that leaves the least behind if it stops
 * half-way: the records first, then the offline copy of the app, the service worker, and last the
 * has-data marker in localStorage (cleared last, so an interrupted wipe is never mistaken for a
 * fresh device: the next start shows what is left, or the recovery screen).
 */
export async function wipeDevice(): Promise<void> {
  await deleteAllDatabases(db);
  if (typeof caches !== 'undefined') {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  const registrations = typeof navigator !== 'undefined' && navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
  for (const registration of registrations) await registration.unregister();
  sessionStorage.clear();
  localStorage.clear();
}
