/**
 * A restore writes everything in one transaction, which on a large file takes a while and, if the
 * page is reloaded meanwhile, keeps the database busy while the browser undoes it. This marker
 * (in localStorage, which a reload keeps) lets the next start recognise that case and wait for
 * the database instead of reporting it broken (issue 14 #8).
 */
export const RESTORE_MARKER_KEY = 'fidelio.restoreInProgress';

export interface RestoreMarker {
  startedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function markRestoreStarted(now: Date): void {
  try {
    storage()?.setItem(RESTORE_MARKER_KEY, JSON.stringify({ startedAt: now.toISOString() } satisfies RestoreMarker));
  } catch {
    // Without the marker a reload during the restore gets the ordinary recovery screen; the restore itself goes on.
  }
}

export function clearRestoreMarker(): void {
  try {
    storage()?.removeItem(RESTORE_MARKER_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** The marker of a restore that had not finished when this page started; null when none. */
export function readRestoreMarker(): RestoreMarker | null {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(RESTORE_MARKER_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'startedAt' in parsed && typeof parsed.startedAt === 'string') {
      return { startedAt: parsed.startedAt };
    }
  } catch {
    // A damaged marker still says a restore was under way.
  }
  return { startedAt: '' };
}
