import type { FidelioDb } from '../app-db';

export const HAS_DATA_STORAGE_KEY = 'fidelio.hasData';
export const HAS_DATA_META_KEY = 'hasData';
/** The localStorage marker's values: data is on disk here, or a first write has started (issue 14 #10). */
const HAS_DATA = '1';
const WRITE_STARTED = 'pending';

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
  await setMeta(db, HAS_DATA_META_KEY, true);
  // A full or disabled localStorage must not fail the save; the IndexedDB marker is written.
  writeMarker(HAS_DATA);
}

function readMarker(): string | null {
  try {
    return safeLocalStorage()?.getItem(HAS_DATA_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeMarker(value: string): void {
  try {
    safeLocalStorage()?.setItem(HAS_DATA_STORAGE_KEY, value);
  } catch {
    // As in markHasData: the marker is a safety net, never a reason to fail a save.
  }
}

/** The localStorage half of the marker; true means data was on disk here at some point. */
export function readHasDataMarker(): boolean {
  return readMarker() === HAS_DATA;
}

let isMarked = false;

/**
 * Cheap form of the marker for every save, before the write: only localStorage, and only "a write
 * has started" until a write is known to have committed (confirmDeviceHasData). A reload before
 * the first write commits (the demo takes a second) then finds an empty database and a started
 * write: a fresh device, not one whose data the browser removed.
 */
export function rememberDeviceHasData(): void {
  if (isMarked || readMarker() === HAS_DATA) return;
  writeMarker(WRITE_STARTED);
}

/** After a write committed: a started write becomes "data is here". A cleared marker stays cleared. */
export function confirmDeviceHasData(): void {
  if (isMarked) return;
  const marker = readMarker();
  if (marker === WRITE_STARTED) writeMarker(HAS_DATA);
  if (readMarker() === HAS_DATA) isMarked = true;
}

/**
 * At start, once the database is open: a write that started but whose data is not there never
 * committed (nothing is lost, it is cleared); one whose data is there did (confirmed).
 */
export function settleStartedWrite(isDatabaseEmpty: boolean): void {
  if (readMarker() !== WRITE_STARTED) return;
  if (isDatabaseEmpty) clearHasDataMarker();
  else writeMarker(HAS_DATA);
}

/** Whether the marker says a write had started but not yet been seen to commit. */
export function hasStartedWrite(): boolean {
  return readMarker() === WRITE_STARTED;
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
