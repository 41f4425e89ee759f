import type { FidelioDb } from '../app-db';

export const HAS_DATA_STORAGE_KEY = 'fidelio.hasData';

/** The stored value, or undefined. Callers parse it: meta values are not schema-checked here. */
export async function getMeta(db: FidelioDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export async function setMeta(db: FidelioDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: FidelioDb, key: string): Promise<void> {
  await db.meta.delete(key);
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled (e.g. blocked cookies).
    return null;
  }
}

/**
 * Marks that this device holds user data, in IndexedDB and in localStorage. If the browser later
 * evicts IndexedDB but the localStorage marker survives, startup can show a recovery screen
 * instead of onboarding (reliability.md #6).
 */
export async function markHasData(db: FidelioDb): Promise<void> {
  await setMeta(db, 'hasData', true);
  try {
    safeLocalStorage()?.setItem(HAS_DATA_STORAGE_KEY, '1');
  } catch {
    // A full or disabled localStorage must not fail the save; the IndexedDB marker is written.
  }
}

/** The localStorage half of the marker; true means data existed here at some point. */
export function readHasDataMarker(): boolean {
  try {
    return safeLocalStorage()?.getItem(HAS_DATA_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

let isMarked = false;

/** Cheap form of the marker for every successful save: only localStorage, once per session. */
export function rememberDeviceHasData(): void {
  if (isMarked) return;
  try {
    safeLocalStorage()?.setItem(HAS_DATA_STORAGE_KEY, '1');
    isMarked = true;
  } catch {
    // As in markHasData: the marker is a safety net, never a reason to fail a save.
  }
}

/** The app itself emptied the device (e.g. removed the only data, the demo): nothing was lost. */
export function clearHasDataMarker(): void {
  isMarked = false;
  try {
    safeLocalStorage()?.removeItem(HAS_DATA_STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
