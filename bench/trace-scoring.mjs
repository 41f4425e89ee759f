// Where a tap's and a load's time goes on the scoring screen and on its floor (bench/scoring-floor.mjs),
// side by side at 4× CPU: a Chromium performance trace of the renderer's main thread, its self time
// summed by kind (scripting, style, layout, paint and compositing, parsing, other) and by event name.
// Usage: npm run build && node bench/trace-scoring.mjs; MODE=load traces loads instead of taps;
// TAPS=n (default 4) taps or loads per side; AFTER_MS=n traces a load on for n ms after its first choice; FIRST_TAP=1 adds a tap right after it; SIDES=app traces the app only; CSS='…' adds a style sheet to
// the app's page for a tap (an experiment: which rule saves what); INVALIDATIONS=1 records which nodes each
// tap invalidates for style, layout and paint, and why (Chromium's invalidation tracking). Traces go to bench/.tmp/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, startPreview } from '../test/e2e/harness.mjs';
import { buildFloorPage, newReview } from './scoring-floor.mjs';

const MODE = process.env.MODE ?? 'tap';
const COUNT = Number(process.env.TAPS ?? 4);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'blink',
  'loading',
  ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
].join(',');

const KIND = [
  [
    /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|EvaluateScript|RunMicrotasks|MajorGC|MinorGC|ScheduledAction|v8|V8|Compile|CacheScript|AsyncTask)/,
    'scripting',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Document::(update|recalc)Style|Blink\.Style|StyleEngine)/, 'style'],
  [/^(Layout|UpdateLayout|LocalFrameView::(layout|performLayout)|InlineNode|Blink\.Layout|LayoutView::)/, 'layout'],
  [
    /^(Paint|PrePaint|Layerize|CullRect|Commit|UpdateLayer|Blink\.(Paint|PrePaint|Compositing)|LocalFrameView::Run(Paint|PrePaint|Compositing)|PaintController)/,
    'paint/composite',
  ],
  [/^(Editor::|FrameSelection|SelectionController)/, 'selection'],
  [/^(EventHandler|MouseEventManager|HitTest|WebFrameWidgetImpl::Handle)/, 'input'],
  [/^(ParseHTML|Resource)/, 'parse/load'],
];
const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

/**
 * Self times on the main thread of the traced page between two timestamps (µs), by kind and by name:
 * the thread's CPU time (tdur), which a busy machine's waits do not inflate as they do wall time.
 */
function summarize(events, from, to) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mainEvents = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byKind = new Map();
  const byName = new Map();
  // Self time: an event's CPU time less its children's (events nested inside it on the same thread).
  const stack = [];
  const selfOf = new Map(mainEvents.map((e) => [e, e.tdur ?? e.dur]));
  for (const e of mainEvents) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfOf.set(parent, selfOf.get(parent) - (e.tdur ?? e.dur));
    stack.push(e);
  }
  let busy = 0;
  for (const e of mainEvents) {
    const self = Math.max(0, selfOf.get(e)) / 1000;
    busy += self;
    byKind.set(kindOf(e.name), (byKind.get(kindOf(e.name)) ?? 0) + self);
    byName.set(e.name, (byName.get(e.name) ?? 0) + self);
  }
  return { span: (to - from) / 1000, busy, byKind, byName };
}

function print(label, summaries) {
  const n = summaries.length;
  const mean = (get) => summaries.reduce((sum, s) => sum + get(s), 0) / n;
  console.log(
    `== ${label}: span ${mean((s) => s.span).toFixed(1)} ms, main thread CPU ${mean((s) => s.busy).toFixed(1)} ms (unthrottled) (mean of ${n})`,
  );
  const kinds = new Set(summaries.flatMap((s) => [...s.byKind.keys()]));
  for (const kind of [...kinds].sort()) console.log(`   ${kind.padEnd(16)} ${mean((s) => s.byKind.get(kind) ?? 0).toFixed(1)}`);
  const names = new Map();
  for (const s of summaries) for (const [name, ms] of s.byName) names.set(name, (names.get(name) ?? 0) + ms / n);
  for (const [name, ms] of [...names].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`     ${ms.toFixed(1).padStart(6)} ${name}`);
}

async function traced(cdp, action) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const window = await action();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { events, window };
}

/** Taps the next choice; the window runs from the pointer going down to the frame after the total changed. */
async function tapWindow(page) {
  await page.evaluate(() => {
    const total = document.querySelector('[data-testid="total-score"]');
    const before = total.textContent;
    window.__shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent === before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.mark('trace:shown')), 0));
      });
      observer.observe(total, { childList: true, characterData: true, subtree: true });
    });
    window.__down = new Promise((resolve) =>
      window.addEventListener('pointerdown', () => resolve(performance.mark('trace:down')), { capture: true, once: true }),
    );
  });
  const box = await page.evaluate(() => {
    const options = [...document.querySelectorAll('#score-group .score-option')];
    const current = options.findIndex((option) => option.querySelector('input').checked);
    const r = options[(current + 1) % options.length].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.evaluate(() => Promise.all([window.__down, window.__shown]));
}

const server = await startPreview({ outDir: process.env.OUTDIR ?? null });
const browser = await launchBrowser({ full: true });
mkdirSync('bench/.tmp', { recursive: true });
try {
  const options = { baseURL: server.url, viewport: { width: 800, height: 1280 }, locale: 'fi-FI', serviceWorkers: 'block' };
  const contexts = { app: await browser.newContext({ ...options, bypassCSP: true }), floor: await browser.newContext(options) };
  const html = await buildFloorPage();
  await contexts.floor.route('**/__scoring-floor', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const targets = { app: await newReview(contexts.app), floor: '/__scoring-floor' };
  // A load's end: an enabled radio in the page, as the bench's measure; said on the console, so that
  // waiting for it evaluates nothing in the page (WAIT=function: Playwright's waitForFunction instead).
  const watch = () =>
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('#score-group input[type=radio]:not(:disabled)')) return;
      performance.mark('trace:choice');
      observer.disconnect();
      console.debug('trace:choice');
    }).observe(document, { childList: true, subtree: true });
  for (const context of Object.values(contexts)) await context.addInitScript(watch);
  const throttled = async (side) => {
    const page = await contexts[side].newPage();
    const cdp = await contexts[side].newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return { page, cdp };
  };
  const loaded = (page) =>
    process.env.WAIT === 'function'
      ? page.waitForFunction(() => performance.getEntriesByName('trace:choice').length > 0)
      : page.waitForEvent('console', { predicate: (message) => message.text() === 'trace:choice', timeout: 60_000 });
  // One load each first, untimed: the HTTP cache is warm for both from here on.
  for (const side of ['app', 'floor']) {
    const { page } = await throttled(side);
    const done = loaded(page);
    await page.goto(targets[side], { waitUntil: 'commit' });
    await done;
    await page.close();
  }
  for (const side of (process.env.SIDES ?? 'app,floor').split(',')) {
    let tapped = MODE === 'tap' ? await throttled(side) : null;
    if (tapped) {
      await tapped.page.goto(targets[side]);
      await tapped.page.locator('#score-group .score-option').first().waitFor();
      if (side === 'app' && process.env.CSS) await tapped.page.addStyleTag({ content: process.env.CSS });
      await tapped.page.waitForTimeout(2000);
    }
    const summaries = [];
    for (let n = 0; n < COUNT; n += 1) {
      // A load in a new page each time, as the bench's; taps on one page.
      const { page, cdp } = tapped ?? (await throttled(side));
      const { events } = await traced(cdp, async () => {
        if (MODE === 'load') {
          const done = loaded(page);
          await page.goto(targets[side], { waitUntil: 'commit' });
          await done;
          // AFTER_MS=n: the trace goes on after the first choice (what a first tap would wait behind);
          // FIRST_TAP=1: a tap follows as soon as it can, as the bench's first tap after a load.
          if (process.env.AFTER_MS) await page.waitForTimeout(Number(process.env.AFTER_MS));
          if (process.env.FIRST_TAP) {
            await page.locator('#score-group .score-option').first().waitFor();
            await tapWindow(page);
          }
          return;
        }
        await tapWindow(page);
        await page.waitForTimeout(100);
      });
      writeFileSync(`bench/.tmp/trace-${side}-${MODE}-${n}.json`, JSON.stringify({ traceEvents: events }));
      // The window, from the trace's own user-timing marks (and the page's navigation start for a load).
      const markAt = (name) => events.filter((e) => e.name === name).at(-1)?.ts;
      const navigationStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))?.ts;
      const from = MODE === 'load' ? navigationStart : markAt('trace:down');
      const to = MODE === 'load' ? markAt('trace:choice') : markAt('trace:shown');
      if (from === undefined || to === undefined) throw new Error(`trace window not found (${from}, ${to})`);
      summaries.push(summarize(events, from, to));
      if (MODE === 'tap') await page.waitForTimeout(400);
      else await page.close();
    }
    print(`${side} ${MODE}`, summaries);
    if (tapped) await tapped.page.close();
    tapped = null;
  }
} finally {
  await browser.close();
  await server.stop();
}
