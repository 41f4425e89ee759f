import type { FidelioDb } from './app-db';
import { hasStartedWrite, readHasDataMarker, settleStartedWrite } from './repos/meta';

export type StartupOutcome =
  | { kind: 'ok' }
  /** The localStorage marker says this device held data, but IndexedDB is empty (reliability.md #6). */
  | { kind: 'evicted' }
  /** indexedDB.open never answered (a known Safari bug, reliability.md #11). */
  | { kind: 'timeout' }
  | { kind: 'failed'; errorName: string }
  /** The database opened after a restore was cut off by a reload (issue 14 #8). */
  | { kind: 'restoreInterrupted' };

/** Tables that hold device settings or reference data, not the user's records. */
const NOT_USER_DATA = new Set(['scales', 'meta', 'syncOutbox', 'syncRevs', 'syncState']);

/** True when no table holds a single user record (tombstones count: they are records too). */
export async function isDatabaseEmpty(db: FidelioDb): Promise<boolean> {
  for (const table of db.tables) {
    if (NOT_USER_DATA.has(table.name)) continue;
    if ((await table.count()) > 0) return false;
  }
  return true;
}

/** The name of what was thrown, for the recovery screen ("Error" when it has none). */
export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
}

/**
 * Opens the database before the app renders. A hang or a failure becomes a recovery screen instead
 * of a blank page, and an empty database on a device that had data is reported, never shown as
 * a fresh start (where a user could start typing into it and bury the loss).
 *
 * After a timeout the open goes on: on a slow or very busy device it may still answer, and
 * `onLateAnswer` gets what it answered then (the start can leave the recovery screen by itself).
 */
export async function openForStartup(
  db: FidelioDb,
  timeoutMs: number,
  onLateAnswer?: (outcome: StartupOutcome) => void,
): Promise<StartupOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  // The emptiness check is inside the time limit too: a database that opens but whose stores are
  // held by another transaction (a restore a reload cut off, issue 14 #8) must not hang the start.
  const openAndCheck = async (): Promise<StartupOutcome> => {
    await db.open();
    const hadData = readHasDataMarker();
    if (hadData || hasStartedWrite()) {
      const isEmpty = await isDatabaseEmpty(db);
      if (hadData && isEmpty) return { kind: 'evicted' };
      settleStartedWrite(isEmpty);
    }
    return { kind: 'ok' };
  };
  const opening = openAndCheck().catch((error: unknown): StartupOutcome => ({ kind: 'failed', errorName: errorName(error) }));
  const outcome = await Promise.race([opening, timeout]);
  clearTimeout(timer);
  if (outcome !== 'timeout') return outcome;
  // Handed on only after this answer has reached the caller (an IndexedDB answer is a task of its
  // own, never within the microtasks that carry the timeout to the recovery screen).
  void opening.then((late) => onLateAnswer?.(late));
  return { kind: 'timeout' };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a reload during a restore the browser is still undoing (or finishing) the restore's
 * transaction, and the database answers only when that is over: wait for it as long as
 * `patienceMs`, trying again after a failure, and report how long it has been. Only then is it a
 * recovery screen.
 */
export async function openAfterInterruptedRestore(
  db: FidelioDb,
  { patienceMs, stepMs, onWaiting }: { patienceMs: number; stepMs: number; onWaiting: (waitedMs: number) => void },
): Promise<StartupOutcome> {
  const started = Date.now();
  for (;;) {
    const waited = Date.now() - started;
    const outcome = await openForStartup(db, Math.max(1, Math.min(stepMs, patienceMs - waited)));
    if (outcome.kind === 'ok') return { kind: 'restoreInterrupted' };
    if (outcome.kind === 'evicted' || Date.now() - started >= patienceMs) return outcome;
    onWaiting(Date.now() - started);
    // A hanging open is still pending and is waited for again; a failed one is retried after a pause.
    if (outcome.kind === 'failed') await pause(stepMs);
  }
}

/**
 * Reads every object store of the database with the bare IndexedDB API, for the emergency export
 * when the app cannot start normally. Resolves to whatever could be read within the time limit.
 */
export function readEverything(name: string, timeoutMs: number): Promise<Record<string, unknown[]> | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const finish = (value: Record<string, unknown[]> | null) => {
      clearTimeout(timer);
      resolve(value);
    };
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      finish(null);
      return;
    }
    request.onerror = () => finish(null);
    // No version given: an absent database would be created empty; abort that instead.
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      finish({});
    };
    request.onsuccess = () => {
      const idb = request.result;
      const storeNames = [...idb.objectStoreNames];
      if (storeNames.length === 0) {
        idb.close();
        finish({});
        return;
      }
      const result: Record<string, unknown[]> = {};
      const tx = idb.transaction(storeNames, 'readonly');
      for (const storeName of storeNames) {
        const getAll = tx.objectStore(storeName).getAll();
        getAll.onsuccess = () => {
          result[storeName] = getAll.result as unknown[];
        };
      }
      tx.oncomplete = () => {
        idb.close();
        finish(result);
      };
      tx.onerror = () => {
        idb.close();
        finish(Object.keys(result).length > 0 ? result : null);
      };
    };
  });
}
