// Pages handed from one browser test to the next. A page opened in a new browser context costs
// about 3 CPU s before the app shows anything (a new renderer process, every script fetched and
// compiled with no cache); the same page, its site data wiped, costs about 1 (measured on "load
// the demo and open its review": 6.5 against 3.5 CPU s). So a test that asks for an ordinary page
// gets one a finished test left, after:
// - the page went to a plain file of the app's origin (the app's document, and with it every open
//   database connection, is gone),
// - every IndexedDB database, localStorage, sessionStorage, Cache Storage, cookies and permissions
//   of the context were removed, and the network is back on,
// - every listener the finished test added to the page or its context was removed.
// To the app that is a device it has never seen. A page is never handed on when that cannot be
// made true: its test failed or timed out (it may still be acting on the page), it opened a second
// page, it changed the context in a way that cannot be undone here (init scripts, routes,
// exposed functions, emulation, CDP sessions), or the wipe did not leave the origin empty. Tests
// whose assertion depends on a first load (what the browser fetches) or on an origin whose
// IndexedDB never ran (a full disk, ./quota.mjs) ask for `fresh: true`.
// Measured on 18 tests run one by one, twice each way: 194 CPU s against 234–240 with new contexts.
// E2E_POOL=0 turns it off (every page in a new context).

/** What a test may change in a page or its context that a wipe cannot undo. */
const CHANGES = ['addInitScript', 'exposeBinding', 'exposeFunction', 'route', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders'];
const CONTEXT_CHANGES = [...CHANGES, 'grantPermissions', 'setGeolocation', 'setHTTPCredentials', 'newCDPSession', 'newPage'];
const PAGE_CHANGES = [...CHANGES, 'emulateMedia', 'addLocatorHandler'];
const CLOCK_CHANGES = ['install', 'setFixedTime', 'setSystemTime', 'pauseAt', 'fastForward', 'runFor', 'resume'];

/** Idle pages by the context's settings that cannot change after it is made (its locale). */
const idle = new Map();

/** Makes calls of `names` on `target` mark the entry as changed beyond a wipe. */
function markOnCall(target, names, entry) {
  for (const name of names) {
    const original = target?.[name];
    if (typeof original !== 'function') continue;
    target[name] = (...args) => {
      entry.changed = true;
      return original.apply(target, args);
    };
  }
}

/** Listeners on each emitter right now, to tell which ones a test adds. */
function listenersOf(emitters) {
  return new Map(emitters.map((emitter) => [emitter, new Map(emitter.eventNames().map((name) => [name, [...emitter.listeners(name)]]))]));
}

function removeAddedListeners(baseline) {
  for (const [emitter, before] of baseline) {
    for (const name of emitter.eventNames()) {
      const kept = before.get(name) ?? [];
      for (const listener of emitter.listeners(name)) if (!kept.includes(listener)) emitter.removeListener(name, listener);
    }
  }
}

/**
 * A page for `key` from a finished test, or null. `open` made it (see newAppPage); the caller
 * gives it a new record and the test's viewport.
 * @returns {{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, entry: object } | null}
 */
export function takeIdlePage(key) {
  const entry = idle.get(key)?.pop();
  return entry ? { context: entry.context, page: entry.page, entry } : null;
}

/**
 * Makes a newly opened context's page one that can be handed on later; call after the harness
 * has added its own listeners and bindings, so that only the test's are seen as its changes.
 * `holder.record` is what the harness's listeners fill: the next test gives it a record of its own.
 */
export function poolable(key, context, page, origin, holder) {
  const entry = { key, context, page, origin, holder, changed: false, closed: false, baseline: null };
  markOnCall(context, CONTEXT_CHANGES, entry);
  markOnCall(page, PAGE_CHANGES, entry);
  markOnCall(context.clock, CLOCK_CHANGES, entry);
  context.on('close', () => (entry.closed = true));
  entry.baseline = listenersOf([page, context]);
  return entry;
}

/** Removes everything of the origin's site data; answers the names of databases left. */
function wipeSiteData() {
  return Promise.all([
    indexedDB.databases().then((databases) =>
      Promise.all(
        databases.map(
          ({ name }) =>
            new Promise((resolve) => {
              const request = indexedDB.deleteDatabase(name);
              request.onsuccess = request.onerror = () => resolve();
            }),
        ),
      ),
    ),
    caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))),
  ]).then(() => {
    localStorage.clear();
    sessionStorage.clear();
    return indexedDB.databases().then((databases) => databases.map((d) => d.name));
  });
}

/**
 * After a test: hands the page on if it can be made like new (see above), else closes its
 * context. Never throws.
 * @param {object} entry from poolable()
 * @param {boolean} passed whether the test passed (a failed or timed-out test may still act on the page)
 */
export async function releasePage(entry, passed) {
  const { context, page } = entry;
  const reusable = passed && !entry.changed && !entry.closed && !page.isClosed() && context.pages().length === 1;
  if (!reusable) {
    await context.close().catch(() => {});
    return;
  }
  try {
    removeAddedListeners(entry.baseline);
    await context.setOffline(false);
    await context.clearCookies();
    await context.clearPermissions();
    // A file of the app's origin that is not the app: its document and connections are gone.
    await page.goto(`${entry.origin}/manifest.webmanifest`, { timeout: 15_000 });
    const left = await Promise.race([
      page.evaluate(wipeSiteData),
      new Promise((resolve) => setTimeout(() => resolve(['(the wipe did not finish in 15 s)']), 15_000)),
    ]);
    if (left.length > 0) throw new Error(`site data left: ${left.join(', ')}`);
    if (!idle.has(entry.key)) idle.set(entry.key, []);
    idle.get(entry.key).push(entry);
  } catch {
    await context.close().catch(() => {});
  }
}
