import { RecordNotFoundError, ReviewIncompleteError, ReviewIsFinalError, ValidationError } from './errors';

export type PersistResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict our data (reliability.md §0.1). Already-persisted origins are
 * not asked again, so the browser shows no prompt.
 */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export async function estimateStorage(): Promise<{ usage: number; quota: number } | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return { usage: usage ?? 0, quota: quota ?? 0 };
  } catch {
    return null;
  }
}

export type StorageErrorKind =
  | 'quota'
  | 'blocked'
  | 'version-change'
  | 'database-closed'
  | 'validation'
  | 'review-final'
  | 'review-incomplete'
  | 'not-found'
  | 'unknown';

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/** Errors Dexie wraps: `.inner` (AbortError, OpenFailedError…) and `.failures` (BulkError, ModifyError). */
function causesOf(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const causes: unknown[] = [];
  if ('inner' in error && error.inner) causes.push(error.inner);
  if ('failures' in error && Array.isArray(error.failures)) causes.push(...(error.failures as unknown[]));
  return causes;
}

/**
 * A full disk surfaces as QuotaExceededError directly, or wrapped by Dexie (an AbortError of the
 * transaction whose `.inner` is the quota error). Both must reach the user (style.md, "Errors").
 */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5) return false;
  if (nameOf(error) === 'QuotaExceededError') return true;
  return causesOf(error).some((cause) => isQuotaError(cause, depth + 1));
}

/*
 * Matched by name, not instanceof, so errors from another Dexie copy or a plain DOMException with
 * the same name count too. Dexie 4 has no BlockedError class (a blocked open fires
 * db.on('blocked') and waits); 'BlockedError' is the name the app gives its own error when it
 * stops waiting.
 */
const BY_NAME: Record<string, StorageErrorKind> = {
  BlockedError: 'blocked',
  VersionChangeError: 'version-change',
  DatabaseClosedError: 'database-closed',
};

/** Sorts an error from a database call into what the UI can tell the user. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  if (error instanceof ValidationError) return 'validation';
  if (error instanceof ReviewIsFinalError) return 'review-final';
  if (error instanceof ReviewIncompleteError) return 'review-incomplete';
  if (error instanceof RecordNotFoundError) return 'not-found';
  if (isQuotaError(error)) return 'quota';
  const name = nameOf(error);
  return (name && BY_NAME[name]) || 'unknown';
}
