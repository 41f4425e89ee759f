// End-to-end test harness for Fidelio: preview server, browser, clean-page checks,
// accessibility, screenshots, service worker helpers and a tiny test runner that runs two tests
// side by side in one browser (each in its own contexts).
// Plain ESM so it runs with `node` without compiling. See test/e2e/README.md.
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { cpuSeconds } from '../../scripts/cpu.mjs';
import { loadFactor } from '../load-factor.mjs';
import { poolable, releasePage, takeIdlePage } from './page-pool.mjs';

export { loadFactor };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Checks write screenshots to an ignored folder, so a run never changes a tracked file;
// `npm run screenshots` (scripts/screenshots.mjs) copies the README's own into docs/screenshots/.
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

// Flags that work with Debian's Chromium as root with no network (see shared/toolchain.md).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The browser tests run in Chromium's headless shell when it is installed (Debian's
// `chromium-headless-shell`, the same version: the same Blink and V8 without the browser's own
// layer). A test costs about a quarter less CPU in it (7 tests one by one: 90 CPU s against 119).
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';

/** The browser the tests drive: CHROME_PATH, else the headless shell, else Chromium. */
export function chromePath() {
  return process.env.CHROME_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
}

/** The browser the benchmarks measure in: the one people use (CHROME_PATH, else Chromium). */
export function fullChromePath() {
  return process.env.CHROME_PATH || CHROMIUM;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `vite preview` on a free port (spawned directly, never through npm/npx, so that
 * killing the pid frees the port). Resolves once the server answers; rejects at once if the
 * process exits first. Needs a built `dist/` (or `outDir`: a copy of it a test may change).
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startPreview({ timeoutMs = 30_000, outDir = null } = {}) {
  const port = await freePort();
  const host = '127.0.0.1';
  const bin = path.join(ROOT, 'node_modules', '.bin', 'vite');
  const outDirArgs = outDir ? ['--outDir', outDir] : [];
  const child = spawn(bin, ['preview', '--host', host, '--port', String(port), '--strictPort', ...outDirArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { code: null, signal: null, error: err };
      resolve(exited);
    });
  });

  const url = `http://${host}:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const done = await Promise.race([exitPromise, sleep(5_000).then(() => null)]);
    if (!done) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await exitPromise;
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      const why = exited.error ? exited.error.message : `exit code ${exited.code}, signal ${exited.signal}`;
      throw new Error(`vite preview exited before answering (${why}). Output:\n${output}`);
    }
    try {
      const res = await fetch(url + '/', { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms. Output:\n${output}`);
    }
    await sleep(100);
  }
  return { url, port, stop, output: () => output };
}

/** Launches the tests' browser (see chromePath), or with `full`, the benchmarks' (fullChromePath). */
export async function launchBrowser({ full = false } = {}) {
  const executablePath = full ? fullChromePath() : chromePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium chromium-headless-shell\` or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

// Per-page records of what happened; filled by listeners set up in newAppPage.
const records = new WeakMap();
// The running test's own state (its open contexts), found through the async call chain, since
// two tests run at once; contexts opened outside a test land in `looseContexts`.
const currentTest = new AsyncLocalStorage();
const looseContexts = new Set();
// The origin of the app that run() tests (a page of it can be handed from one test to the next).
let runOrigin = null;

/**
 * @typedef {object} PageRecord
 * @property {string} origin the app's origin
 * @property {string[]} foreignRequests URLs of requests to any other origin
 * @property {object[]} cspViolations securitypolicyviolation events (kept across reloads)
 * @property {string[]} pageErrors uncaught exceptions in the page
 * @property {string[]} consoleErrors console.error messages
 * @property {'allow'|'block'} serviceWorkers whether the context lets the app's service worker run
 */

/**
 * Opens a new browser context and page for the app. Records requests that leave the app's
 * origin, CSP violations (`securitypolicyviolation`, kept across navigations), uncaught page
 * errors and console errors; `assertClean(page)` checks them. Does not navigate.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the app's base URL (from startPreview)
 * @param {object} [options]
 * @param {{width:number,height:number}} [options.viewport] default 1024×768
 * @param {string} [options.locale] default 'fi-FI'
 * @param {boolean} [options.serviceWorker] let the app's service worker run (tests of offline use,
 *   updates, erasing the device). Off by default: its install precaches the whole app (174 files),
 *   measured at 4–6 CPU s per fresh context, more than opening the page itself, in tests that never
 *   use it. With it off, waitForServiceWorker throws, so a test that needs it cannot pass without it.
 * @param {boolean} [options.fresh] a new context even where a page a finished test left would do
 *   (./page-pool.mjs): for a test whose assertion is about a first load, such as what is fetched.
 * @param {object} [options.contextOptions] extra options for browser.newContext, e.g. { colorScheme: 'dark' }
 * @returns {Promise<import('playwright-core').Page>} use page.context() for the context
 */
export async function newAppPage(
  browser,
  url,
  { viewport = { width: 1024, height: 768 }, locale = 'fi-FI', serviceWorker = false, fresh = false, contextOptions = {} } = {},
) {
  const origin = new URL(url).origin;
  const serviceWorkers = serviceWorker ? 'allow' : 'block';
  const scope = currentTest.getStore();
  const openContexts = scope?.contexts ?? looseContexts;
  /** @type {PageRecord} */
  const record = {
    origin,
    foreignRequests: [],
    cspViolations: [],
    pageErrors: [],
    consoleErrors: [],
    serviceWorkers: contextOptions.serviceWorkers ?? serviceWorkers,
  };
  // A page a finished test left (./page-pool.mjs): only inside a test, with service workers off
  // and no other context options, so that it is the same context a new one would be.
  // (Not for another server's origin, a team server say: a test stops its own servers.
  // E2E_POOL=0 gives every test new contexts, to tell whether a failure comes from a handed-on page.)
  const pooled =
    process.env.E2E_POOL !== '0' && scope && origin === runOrigin && !serviceWorker && !fresh && Object.keys(contextOptions).length === 0;
  const key = `${origin} ${locale}`;
  const taken = pooled ? takeIdlePage(key) : null;
  if (taken) {
    const { context, page, entry } = taken;
    entry.holder.record = record;
    records.set(page, record);
    openContexts.add(context);
    scope.pooled.set(context, entry);
    page.setDefaultTimeout(30_000 * loadFactor());
    page.setDefaultNavigationTimeout(30_000 * loadFactor());
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size?.height !== viewport.height) await page.setViewportSize(viewport);
    return page;
  }

  const context = await browser.newContext({ viewport, locale, baseURL: url, serviceWorkers, ...contextOptions });
  // Playwright's own 30 s for actions and waits, and navigations, scaled to the machine's load.
  context.setDefaultTimeout(30_000 * loadFactor());
  context.setDefaultNavigationTimeout(30_000 * loadFactor());
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  // The record the listeners fill is the page's current one (a handed-on page gets a new one).
  const holder = { record };

  context.on('request', (request) => {
    const reqUrl = request.url();
    let parsed;
    try {
      parsed = new URL(reqUrl);
    } catch {
      return;
    }
    if (!/^(https?|wss?):$/.test(parsed.protocol)) return; // data:, blob:, chrome-extension: …
    if (parsed.origin !== origin) holder.record.foreignRequests.push(`${request.method()} ${reqUrl}`);
  });

  await context.exposeBinding('__fidelioReportCsp', (_source, violation) => {
    holder.record.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = {
        violatedDirective: e.violatedDirective,
        effectiveDirective: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        sample: e.sample,
        documentURI: e.documentURI,
      };
      window.__cspViolations.push(v);
      if (typeof window.__fidelioReportCsp === 'function') window.__fidelioReportCsp(v);
    });
  });

  const page = await context.newPage();
  records.set(page, record);
  page.on('pageerror', (err) => holder.record.pageErrors.push(err.stack || String(err)));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    holder.record.consoleErrors.push(`${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  if (pooled) {
    const entry = poolable(key, context, page, origin, holder);
    scope.pooled.set(context, entry);
  }
  return page;
}

/** The raw record for a page made by newAppPage (foreign requests, CSP violations, errors). */
export function pageRecord(page) {
  const record = records.get(page);
  if (!record) throw new Error('pageRecord: page was not created by newAppPage()');
  return record;
}

/**
 * Throws if the page (and its context) saw a CSP violation, a request leaving the app's own
 * origin, an uncaught page error, or a console error.
 * @param {import('playwright-core').Page} page
 * @param {object} [options]
 * @param {RegExp[]|true} [options.allowConsoleErrors] console errors matching any of these are ignored (true: all)
 */
export async function assertClean(page, { allowConsoleErrors = [] } = {}) {
  const record = pageRecord(page);
  // Also read the in-page list, in case an event fired before the binding was ready.
  let inPage = [];
  if (!page.isClosed()) {
    inPage = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
  }
  const seen = new Set(record.cspViolations.map((v) => JSON.stringify(v)));
  const csp = [...record.cspViolations, ...inPage.filter((v) => !seen.has(JSON.stringify(v)))];
  const consoleErrors = allowConsoleErrors === true ? [] : record.consoleErrors.filter((m) => !allowConsoleErrors.some((re) => re.test(m)));

  const problems = [];
  if (record.foreignRequests.length) {
    problems.push(
      `no request leaves the app's own origin (${record.origin}), but these did:\n` +
        record.foreignRequests.map((r) => `    ${r}`).join('\n'),
    );
  }
  if (csp.length) {
    problems.push(
      'Content-Security-Policy violations:\n' +
        csp
          .map(
            (v) =>
              `    ${v.effectiveDirective || v.violatedDirective} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile || v.documentURI}:${v.lineNumber ?? ''}${v.sample ? ` «${v.sample}»` : ''}`,
          )
          .join('\n'),
    );
  }
  if (record.pageErrors.length) {
    problems.push('uncaught page errors:\n' + record.pageErrors.map((e) => `    ${e}`).join('\n'));
  }
  if (consoleErrors.length) {
    problems.push('console errors:\n' + consoleErrors.map((e) => `    ${e}`).join('\n'));
  }
  if (problems.length) throw new Error('page was not clean:\n  ' + problems.join('\n  '));
}

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) on the page as it is now; throws listing the
 * violations. Returns the axe results when clean.
 * @param {import('playwright-core').Page} page
 * @param {string} label what state the page is in, for the message
 * @param {object} [options]
 * @param {string[]} [options.exclude] CSS selectors to leave out
 * @param {string[]} [options.disableRules] axe rule ids to skip (say why in the test)
 */
export async function checkA11y(page, label, { exclude = [], disableRules = [] } = {}) {
  // Legacy mode: one axe.run in the page. The default runs axe in every frame and then finishes in
  // a new blank page, which costs twice the CPU (measured: 2.9–6.2 against 1.4–2.2 CPU s per check)
  // and finds nothing more here: legacy mode leaves out only frames from another origin, which the
  // app's CSP (default-src 'self') never loads.
  // AxeBuilder's legacy mode evaluates axe-core's whole source (~550 kB) twice on every check; a
  // document that already has it from an earlier check runs the same axe.run with the same options
  // and context. A page with frames goes through AxeBuilder, which injects axe into each of them.
  // Details (the nodes) of violations only: no caller reads the passes, and leaving their nodes
  // out halves the CPU of a check (measured: 0.13–0.27 against 0.37–0.49 CPU s on the demo review).
  const options = { runOnly: { type: 'tag', values: A11Y_TAGS }, resultTypes: ['violations'] };
  if (disableRules.length) options.rules = Object.fromEntries(disableRules.map((rule) => [rule, { enabled: false }]));
  let results;
  const hasAxe = page.frames().length === 1 && (await page.evaluate(() => typeof window.axe?.run === 'function'));
  if (hasAxe) {
    const context = { include: [], exclude: [...exclude] }; // as AxeBuilder's normalizeContext
    results = await page.evaluate(({ context, options }) => window.axe.run(context, options), { context, options });
  } else {
    let builder = new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(A11Y_TAGS)
      .setLegacyMode(); // options() replaces, so first
    for (const selector of exclude) builder = builder.exclude(selector);
    if (disableRules.length) builder = builder.disableRules(disableRules);
    results = await builder.analyze();
  }
  if (results.violations.length) {
    const lines = results.violations.map((v) => {
      const targets = v.nodes.map(
        (n) => `      ${JSON.stringify(n.target)}${n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ').trim() : ''}`,
      );
      return `  ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n${targets.join('\n')}`;
    });
    throw new Error(`accessibility violations on ${label}:\n${lines.join('\n')}`);
  }
  return results;
}

/**
 * Saves a PNG of the page to test-results/screenshots/<name>.png and returns its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension
 * @param {object} [options] extra options for page.screenshot (fullPage defaults to true)
 */
export async function screenshot(page, name, options = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ fullPage: true, ...options, path: file });
  return file;
}

/**
 * Waits until a service worker is active and controls the page (reloading once if the first
 * load is not controlled, which is normal with clientsClaim: false). Call before going offline.
 * @param {import('playwright-core').Page} page
 */
export async function waitForServiceWorker(page, { timeoutMs = 20_000 * loadFactor() } = {}) {
  if (records.get(page)?.serviceWorkers === 'block') {
    throw new Error('the page was opened with service workers blocked: use newAppPage(browser, url, { serviceWorker: true })');
  }
  const ready = await page.evaluate(async (ms) => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
    return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timeout]);
  }, timeoutMs);
  if (ready !== 'ready') {
    throw new Error(
      ready === 'unsupported'
        ? 'navigator.serviceWorker is not available (not a secure context, or service workers are blocked)'
        : `no service worker became ready within ${timeoutMs} ms (does the app call registerSW?)`,
    );
  }
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload({ waitUntil: 'load' });
  }
  await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: timeoutMs })
    .catch(() => {
      throw new Error(`page is not controlled by the service worker after a reload (${timeoutMs} ms)`);
    });
}

/**
 * Waits until `predicate(arg)`, run in the page, resolves to a truthy value, and answers it.
 * For asynchronous conditions (a read of IndexedDB): Playwright's waitForFunction takes the
 * promise such a predicate returns as a truthy value and returns at once, before the condition
 * holds. Each check is awaited in the page; the next starts `polling` ms after it ended.
 * @param {import('playwright-core').Page} page
 * @template A
 * @param {(arg: A) => unknown} predicate
 * @param {A} arg
 */
export async function waitForAsyncCondition(page, predicate, arg, { polling = 100, timeout = 30_000 * loadFactor() } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(predicate, arg);
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`waitForAsyncCondition: not met within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}

// ---------------------------------------------------------------------------------------
// A tiny test runner. Tests run three at a time (E2E_WORKERS) in the one browser, each in its own
// contexts; a test registered with `alone: true` runs with nothing else beside it.

const tests = [];
const TIMES_FILE = path.join(ROOT, 'test-results', 'e2e-times.json');
// Under version control: the times of a full run, for a fresh clone, whose test-results/ is empty.
// Without them the run starts the tests in file order, and a long one that starts last ends alone.
const EXPECTED_TIMES_FILE = path.join(ROOT, 'test', 'e2e', 'expected-times.json');
// Three at a time on two cores: the tests wait (on the app, on a server, on a reload), and a third
// fills those waits (measured in two checks: e2e 439 s and 678 CPU s against 462 s and 659 with two).
const DEFAULT_WORKERS = 3;

/**
 * Registers a test. `fn` receives `{ browser, url }` and may open pages with newAppPage;
 * every context it opened is closed after it, pass or fail.
 * @param {string} name
 * @param {(ctx: { browser: import('playwright-core').Browser, url: string }) => Promise<void>} fn
 * @param {{ timeoutMs?: number, alone?: boolean }} [options] timeoutMs: default 90 s. alone: run
 *   while no other test runs — for a test that times the app against a bound, or that changes
 *   something every test shares (the files in dist/, the preview server).
 */
export function test(name, fn, { timeoutMs = 90_000, alone = false } = {}) {
  tests.push({ name, fn, timeoutMs, alone });
}

/**
 * Runs `cleanup` when the current test ends, pass, fail or time-out, after the test's own
 * `finally` blocks: a backstop for processes and servers a test starts (a timed-out test's own
 * code may still be waiting). Cleanups run newest first; errors in them are printed, not thrown.
 * Outside a test, does nothing.
 * @param {() => unknown} cleanup
 */
export function afterThisTest(cleanup) {
  currentTest.getStore()?.cleanups.push(cleanup);
}

/** Names of the registered tests (in registration order). */
export function registeredTests() {
  return tests.map((t) => t.name);
}

async function readTimes(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return {};
  }
}

/** The last run's times, each test's from the expected times where this checkout has none. */
async function previousTimes() {
  return { ...(await readTimes(EXPECTED_TIMES_FILE)), ...(await readTimes(TIMES_FILE)) };
}

/**
 * What the failed test's pages showed when it failed: address, the start of the visible text, the
 * page's errors, and a screenshot in test-results/failures/ — a failure seen once on a busy CI
 * machine can then be read instead of guessed. Never throws; gives up on a page after 5 s.
 */
async function whatPagesShow(scope, name) {
  const pages = [...scope.contexts].flatMap((context) => context.pages());
  const lines = await Promise.all(
    pages.map(async (page, index) => {
      const file = path.join(ROOT, 'test-results', 'failures', `${name.replace(/[^\w-]+/g, '-').slice(0, 60)}-${index}.png`);
      const within = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(null), 5_000))]);
      const shown = await within(page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 400)).catch(() => null));
      await mkdir(path.dirname(file), { recursive: true });
      const shot = await within(
        page.screenshot({ path: file, timeout: 5_000 }).then(
          () => file,
          () => null,
        ),
      );
      const record = records.get(page);
      const errors = record ? [...record.pageErrors, ...record.consoleErrors].slice(0, 5) : [];
      return [
        `page ${index + 1}: ${page.url()}`,
        `  shows: ${shown ?? '(could not be read)'}`,
        ...errors.map((e) => `  error: ${e.split('\n')[0]}`),
        shot ? `  screenshot: ${path.relative(ROOT, shot)}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    }),
  );
  return lines.join('\n');
}

/**
 * Runs one test with its own set of contexts, closed afterwards; prints ✓/✗ and returns whether it
 * passed. `alone`: nothing else runs beside it, so the CPU seconds used meanwhile are its own and
 * are printed with its wall time.
 */
async function runOne(t, ctx, times, timeoutMs, { alone = false } = {}) {
  const scope = { contexts: new Set(), pooled: new Map(), cleanups: [] };
  let passed = false;
  const started = Date.now();
  const cpuAtStart = alone ? cpuSeconds() : null;
  const took = () => `${Date.now() - started} ms${cpuAtStart === null ? '' : `, ${(cpuSeconds() - cpuAtStart).toFixed(1)} CPU s`}`;
  let timer;
  try {
    await currentTest.run(scope, () =>
      Promise.race([
        Promise.resolve().then(() => t.fn(ctx)),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]),
    );
    console.log(`✓ ${t.name} (${took()})`);
    passed = true;
    return true;
  } catch (err) {
    const text = err && err.stack ? err.stack : String(err);
    const seen = await whatPagesShow(scope, t.name);
    // One write, so a test finishing beside it cannot land inside the message.
    console.log(`✗ ${t.name} (${took()})\n${`${text}\n${seen}`.replace(/^/gm, '    ')}`);
    return false;
  } finally {
    clearTimeout(timer);
    times[t.name] = Date.now() - started;
    // A page from the pool goes back to it when it can be made like new (./page-pool.mjs).
    await Promise.all(
      [...scope.contexts].map((c) => (scope.pooled.has(c) ? releasePage(scope.pooled.get(c), passed) : c.close().catch(() => {}))),
    );
    for (const cleanup of scope.cleanups.reverse()) {
      await Promise.resolve()
        .then(cleanup)
        .catch((err) => console.log(`  cleanup after "${t.name}" failed: ${err && err.stack ? err.stack : err}`));
    }
  }
}

/**
 * Runs the registered tests and prints ✓/✗ per test as each ends, then exactly one line
 * `N passed, N failed`. Tests run `workers` at a time, the longest first (by the last run's
 * times in test-results/, else test/e2e/expected-times.json, else their timeout), so the lanes end close
 * together; a test's timeout is multiplied by `workers` when it runs beside others, and by
 * loadFactor() on a busy machine. Tests marked
 * `alone` run last, one by one: `npm run check` starts the browser tests while the unit tests,
 * typecheck and lint still run beside them, and a test that times the app against a bound must
 * not share the machine with those.
 * Sets process.exitCode = 1 on any failure.
 * @param {{ browser: import('playwright-core').Browser, url: string }} ctx
 * @param {{ filter?: string, workers?: number }} [options] filter: only tests whose name contains it
 *   (or any of its `|`-separated parts)
 * @returns {Promise<{ passed: number, failed: number }>}
 */
export async function run(ctx, { filter, workers = Number(process.env.E2E_WORKERS) || DEFAULT_WORKERS } = {}) {
  const started = Date.now();
  const cpuAtStart = cpuSeconds();
  runOrigin = new URL(ctx.url).origin;
  const wanted = filter ? filter.split('|') : null;
  const selected = wanted ? tests.filter((t) => wanted.some((part) => t.name.includes(part))) : tests;
  const times = await previousTimes();
  const expected = (t) => times[t.name] ?? t.timeoutMs;
  const alone = selected.filter((t) => t.alone);
  const shared = selected.filter((t) => !t.alone).sort((a, b) => expected(b) - expected(a));
  let passed = 0;
  let failed = 0;
  const count = (ok) => (ok ? passed++ : failed++);

  // A timeout only ends a hung test; beside another test, a test gets about half the machine.
  let next = 0;
  const lane = async () => {
    while (next < shared.length) {
      const t = shared[next++];
      count(await runOne(t, ctx, times, t.timeoutMs * Math.max(1, workers) * loadFactor(), { alone: workers === 1 }));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, shared.length)) }, lane));
  for (const t of alone) count(await runOne(t, ctx, times, t.timeoutMs * loadFactor(), { alone: true }));

  await mkdir(path.dirname(TIMES_FILE), { recursive: true });
  await writeFile(TIMES_FILE, `${JSON.stringify(times, null, 2)}\n`).catch(() => {});
  // CPU seconds of the runner, the browser and the servers tests started: the load-independent measure.
  const cpu = cpuAtStart === null ? '' : `, ${Math.round(cpuSeconds() - cpuAtStart)} CPU s`;
  console.log(
    `e2e: ${selected.length} test(s) in ${Math.round((Date.now() - started) / 1000)} s${cpu}, ${workers} side by side (${alone.length} alone); load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
  return { passed, failed };
}
