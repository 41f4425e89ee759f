import { db } from '../db/app-db';
import { deleteAllDatabases } from '../db/wipe';

// Loaded with the wipe screen only, never at start-up (./device-wipe.ts keeps just its state).
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
