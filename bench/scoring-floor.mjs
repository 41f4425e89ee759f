// The scoring screen against its floor (issue 15), in the same run and browser, at 4× CPU
// (CDP Emulation.setCPUThrottlingRate): a minimal plain-React form with five radios and a sum,
// built here from the app's own React with Vite, against the app's scoring screen with a new
// review. Three measures, medians, ratio app ÷ floor (target ≤ 1.3× each):
// - tap → total visible: from the pointer going down on a choice to the end of the first frame
//   in which the total shows the new sum;
// - tap → next frame: from the pointer going down to the end of the first frame after the click;
// - load → first choice clickable: from navigation start to an enabled radio in the page (React
//   has attached its handlers when it commits), HTTP cache warm, no service worker in either.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CPU_SLOWDOWN = 4;

// The floor: one item, five radios with the app's kind of labels, a total of 24 other items plus this one.
const FLOOR_SOURCE = `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
const ANCHORS = ['Yli 30 asiakasta työhönvalmentajaa kohden', '26–30 asiakasta', '21–25 asiakasta', '16–20 asiakasta', 'Enintään 15 asiakasta'];
const OTHER_ITEMS = 72;
function Form() {
  const [score, setScore] = useState(null);
  return h('main', null,
    h('h1', null, 'Asiakasmäärä'),
    h('fieldset', { id: 'score-group' }, h('legend', null, 'Pisteet'),
      ANCHORS.map((anchor, index) => h('label', { key: index, className: 'score-option', style: { display: 'flex', gap: 10, minHeight: 52, alignItems: 'center' } },
        h('input', { type: 'radio', name: 'score', value: index + 1, checked: score === index + 1, onChange: () => setScore(index + 1) }),
        h('span', null, String(index + 1)), h('span', null, anchor)))),
    h('p', null, 'Yhteensä ', h('strong', { 'data-testid': 'total-score' }, String(OTHER_ITEMS + (score ?? 0)))));
}
createRoot(document.getElementById('root')).render(h(Form));
`;

/** The floor page's HTML, its script inline: built in bench/.tmp (ignored) so Vite finds node_modules. */
export async function buildFloorPage() {
  const dir = path.join(ROOT, 'bench', '.tmp');
  await mkdir(dir, { recursive: true });
  const entry = path.join(dir, 'scoring-floor.js');
  await writeFile(entry, FLOOR_SOURCE);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'ScoringFloor' } },
  });
  const bundles = Array.isArray(output) ? output : [output];
  const code = bundles[0].output.find((chunk) => chunk.type === 'chunk').code;
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>floor</title></head><body><div id="root"></div><script>${code.replaceAll('</script', '<\\/script')}</script></body></html>`;
}

const FIRST_CHOICE_MESSAGE = 'scoring-floor:first-choice';

/**
 * Notes, in the page, when an enabled radio first exists (before any script of the page runs), and
 * says so on the console: the bench waits for that message, so that nothing is evaluated in the
 * page while it loads. (Waiting with Playwright's waitForFunction made Playwright evaluate its own
 * injected script, ~270 ms at 4× CPU, in the page: in the middle of the app's start, which yields
 * between its module script and its first render, but after the floor's first choice, whose one
 * inline script holds the main thread until the form is rendered; bench/trace-scoring.mjs shows it.)
 */
function watchFirstChoice(message) {
  new MutationObserver((_records, observer) => {
    if (document.querySelector('#score-group input[type=radio]:not(:disabled)')) {
      window.__firstChoiceAt = performance.now();
      observer.disconnect();
      console.debug(message);
    }
  }).observe(document, { childList: true, subtree: true });
}

async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

async function loadToFirstChoice(context, target) {
  const page = await throttledPage(context);
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_CHOICE_MESSAGE, timeout: 60_000 });
  await page.goto(target, { waitUntil: 'commit' });
  await shown;
  const ms = await page.evaluate(() => window.__firstChoiceAt);
  return { page, ms };
}

/** One tap with a real pointer on the next choice round; both times from the pointer going down. */
export async function tapNextChoice(page) {
  const armed = page.evaluate(() => {
    const total = document.querySelector('[data-testid="total-score"]');
    const before = total.textContent;
    const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    let downAt = null;
    const down = new Promise((resolve) =>
      window.addEventListener('pointerdown', (e) => resolve((downAt = e.timeStamp)), { capture: true, once: true }),
    );
    const frame = new Promise((resolve) =>
      window.addEventListener('click', () => afterFrame().then(resolve), { capture: true, once: true }),
    );
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent === before) return;
        observer.disconnect();
        afterFrame().then(resolve);
      });
      observer.observe(total, { childList: true, characterData: true, subtree: true });
    });
    window.__tapResult = Promise.all([down, frame, shown]).then(([, frameAt, shownAt]) => ({
      frame: frameAt - downAt,
      total: shownAt - downAt,
    }));
  });
  await armed;
  const box = await page.evaluate(() => {
    const options = [...document.querySelectorAll('#score-group .score-option')];
    const current = options.findIndex((option) => option.querySelector('input').checked);
    const r = options[(current + 1) % options.length].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  const result = await page.evaluate(() => window.__tapResult);
  // Let the app's write and live query finish before the next tap (a reviewer reads between taps).
  await page.waitForTimeout(400);
  return result;
}

/** A service and a review made through the app, as in the browser tests; returns item 1's address. */
export async function newReview(context) {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Palvelun nimi').fill('Työvalmennus Mittari');
  await page.getByRole('button', { name: 'Lisää palvelu' }).click();
  await page.getByLabel('Arvioija 1').fill('Aino Arvioija');
  await page.getByRole('button', { name: 'Luo arviointi ja aloita pisteytys' }).click();
  await page.waitForURL(/\/items\/staffing-1$/);
  await page.locator('#score-group .score-option').first().waitFor();
  const address = new URL(page.url()).pathname;
  await page.close();
  return address;
}

/**
 * Returns per-run times for the app and the floor: { app: { tapToTotal, tapToFrame, loadToChoice },
 * floor: { … } }, in ms. Runs alternate between the two, so the shared machine's load falls on both.
 */
export async function measureScoringFloor(browser, url, runs) {
  const html = await buildFloorPage();
  const options = { baseURL: url, viewport: { width: 800, height: 1280 }, locale: 'fi-FI', serviceWorkers: 'block' };
  const appContext = await browser.newContext(options);
  const floorContext = await browser.newContext(options);
  await floorContext.route('**/__scoring-floor', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  for (const context of [appContext, floorContext]) await context.addInitScript(watchFirstChoice, FIRST_CHOICE_MESSAGE);
  const times = { app: { tapToTotal: [], tapToFrame: [], loadToChoice: [] }, floor: { tapToTotal: [], tapToFrame: [], loadToChoice: [] } };
  try {
    const targets = { app: await newReview(appContext), floor: '/__scoring-floor' };
    const contexts = { app: appContext, floor: floorContext };
    // One load each first, untimed: the HTTP cache is warm for both from here on.
    for (const side of ['app', 'floor']) await (await loadToFirstChoice(contexts[side], targets[side])).page.close();
    for (let run = 0; run < runs; run += 1) {
      for (const side of run % 2 ? ['floor', 'app'] : ['app', 'floor']) {
        const { page, ms } = await loadToFirstChoice(contexts[side], targets[side]);
        times[side].loadToChoice.push(ms);
        await page.locator('#score-group .score-option').first().waitFor();
        for (let taps = 0; taps < 3; taps += 1) {
          const { total, frame } = await tapNextChoice(page);
          times[side].tapToTotal.push(total);
          times[side].tapToFrame.push(frame);
        }
        await page.close();
      }
    }
  } finally {
    await appContext.close();
    await floorContext.close();
  }
  return times;
}
