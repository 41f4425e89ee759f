// First: where index.html has not run it already, it starts the scoring screen's first read.
import { takeFirstRead } from './first-read-start';
import { lazy, StrictMode, Suspense, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { FidelioDb } from '../db/app-db';
import { APP_DATABASE_NAME } from '../db/first-read';
import { errorName, openAfterInterruptedRestore, openForStartup, type StartupOutcome } from '../db/health';
import { loadAppDb } from '../db/load-app-db';
import { clearHasDataMarker } from '../db/repos/meta';
import { clearRestoreMarker, readRestoreMarker } from '../db/restore-marker';
import { setupI18n } from '../i18n/setup';
import { App } from './app';
import { watchDatabaseEvents } from './database-events';
import { preloadScreen } from './screens';
import { preloadData, preloadDataBeforeOpen } from './start-data';
import './styles.css';

// Shown only when the database cannot be used, so it is not part of every start's JavaScript.
const RecoveryScreen = lazy(() => import('./recovery-screen').then((m) => ({ default: m.RecoveryScreen })));
const RestoreWaitScreen = lazy(() => import('./restore-wait-screen').then((m) => ({ default: m.RestoreWaitScreen })));

/**
 * reliability.md #11: a hanging open gets a recovery screen within ten seconds of asking for it.
 * Counted from the open itself, not from the start: on a busy tablet loading the app's code can
 * take seconds, and counting that in showed "the browser did not answer" for a database that was
 * about to open (seen in the browser tests under the check's load).
 */
const OPEN_TIMEOUT_MS = 8_000;
/** issue 14 #8: after a reload during a restore, how long the start waits for the browser to undo it. */
const INTERRUPTED_RESTORE_PATIENCE_MS = 5 * 60_000;

/**
 * A restore was under way when this page was (re)loaded: the database may stay busy until the
 * browser has undone it. Wait with a progress screen, then say what happened.
 */
async function openAfterReloadDuringRestore(db: FidelioDb, root: Root, messagesReady: Promise<unknown>): Promise<StartupOutcome> {
  const since = Date.now();
  let isWaitShown = false;
  const outcome = await openAfterInterruptedRestore(db, {
    patienceMs: INTERRUPTED_RESTORE_PATIENCE_MS,
    stepMs: 2_000,
    onWaiting: () => {
      if (isWaitShown) return;
      isWaitShown = true;
      void messagesReady.then(() =>
        render(
          root,
          <Suspense fallback={null}>
            <RestoreWaitScreen since={since} />
          </Suspense>,
        ),
      );
    },
  });
  // Opened (or found empty): the restore's transaction is over, done or undone as a whole.
  if (outcome.kind === 'restoreInterrupted' || outcome.kind === 'evicted') clearRestoreMarker();
  return outcome;
}

/** Calls `onCommitted` once React has put the tree beside it on the page (effects run after the commit). */
function AfterCommit({ onCommitted }: { onCommitted: () => void }) {
  useEffect(onCommitted, [onCommitted]);
  return null;
}

function render(root: Root, node: ReactNode) {
  // In one go, not as a transition: before this render the page has nothing to tap (the static
  // shell of index.html), so slicing it only delayed the first screen: on the scoring screen at
  // 4x CPU, ~30 slices each handed back to the browser, and the first choice clickable later.
  root.render(<StrictMode>{node}</StrictMode>);
}

function showRecovery(root: Root, outcome: Exclude<StartupOutcome, { kind: 'ok' }>, isRestoreMarked: boolean) {
  render(
    root,
    <Suspense fallback={null}>
      <RecoveryScreen
        outcome={outcome}
        databaseName={APP_DATABASE_NAME}
        isRestoreMarked={isRestoreMarked}
        onContinue={(path) => {
          // The user has seen the loss and chosen how to go on; the next start is a normal one.
          if (path === '/' && outcome.kind === 'evicted') clearHasDataMarker();
          window.history.replaceState(null, '', path);
          void loadAppDb().then(({ db }) => watchDatabaseEvents(db));
          render(root, <App />);
        }}
      />
    </Suspense>,
  );
}

async function start(): Promise<void> {
  // User-timing marks: the benchmark reads them to see where a cold start spends its time.
  performance.mark('fidelio:script');
  const path = window.location.pathname;
  // What the first render waits for is asked for first, before the work that needs no waiting.
  const messagesReady = setupI18n().then(() => performance.mark('fidelio:messages'));
  // The screen being opened is loaded too, so it shows in the first render; if its download fails,
  // the render loads it again and its error boundary tells the user.
  const screenReady = preloadScreen(path).catch(() => undefined);
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root');
  const root = createRoot(element);
  const isRestoreMarked = readRestoreMarker() !== null;
  const openDatabase = async (): Promise<{ db: FidelioDb | null; outcome: StartupOutcome }> => {
    let db: FidelioDb;
    try {
      ({ db } = await loadAppDb());
    } catch (error) {
      // The database's code did not load (no network and no cached copy): nothing can be read.
      return { db: null, outcome: { kind: 'failed', errorName: errorName(error) } };
    }
    const answered = (outcome: StartupOutcome) => {
      performance.mark('fidelio:database');
      if (outcome.kind === 'ok') watchDatabaseEvents(db);
    };
    // An open that answers after its time limit (a slow or very busy device, not a broken
    // browser): the recovery screen shown meanwhile gives way to the app by itself.
    const continueWhenOpened = (late: StartupOutcome) => {
      if (late.kind !== 'ok') return;
      answered(late);
      void messagesReady.then(() => render(root, <App />));
    };
    const outcome = await (isRestoreMarked
      ? openAfterReloadDuringRestore(db, root, messagesReady)
      : openForStartup(db, OPEN_TIMEOUT_MS, continueWhenOpened));
    answered(outcome);
    return { db, outcome };
  };

  // Issue 15: the scoring screen's records are first read with the bare IndexedDB API, which
  // costs a few milliseconds where Dexie's open costs a slow tablet ~70 ms. When that read has
  // the screen's review, the screen renders without waiting for the open, and the open follows
  // (the live queries go through it). It still decides: if the database then fails to open or
  // hangs, the recovery screen replaces the scoring screen before anything could be saved.
  // (After a reload during a restore the read is not used: it closes its connection when done.)
  const firstRead = takeFirstRead();
  if (!isRestoreMarked && (await preloadDataBeforeOpen(firstRead))) {
    await Promise.all([messagesReady, screenReady]);
    performance.mark('fidelio:data');
    // The open starts once the screen is on the page: started at once, loading the database's code
    // (and Vite's preload links for it) ran before React's render task, ~40–70 ms at 4x CPU.
    await new Promise<void>((committed) =>
      render(
        root,
        <>
          <App />
          <AfterCommit onCommitted={committed} />
        </>,
      ),
    );
    const { outcome } = await openDatabase();
    if (outcome.kind !== 'ok') showRecovery(root, outcome, isRestoreMarked);
    return;
  }

  // Independent, so they run side by side: the first screen waits for the slowest only. The
  // scoring screen's review is read as soon as the database is open, while the messages may
  // still be loading.
  const opened = openDatabase();
  const dataReady = opened.then(({ db, outcome }) => (db && outcome.kind === 'ok' ? preloadData(db, path) : undefined));
  const [, { outcome }] = await Promise.all([messagesReady, opened, screenReady, dataReady.then(() => performance.mark('fidelio:data'))]);
  if (outcome.kind === 'ok') render(root, <App />);
  else showRecovery(root, outcome, isRestoreMarked);
}

void start();
