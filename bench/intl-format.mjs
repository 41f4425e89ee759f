// Issue 18: does src/i18n/format.ts's hand-written path (numbers, signed changes and calendar dates
// written out "as Intl would") still pay against Intl formatters created on first use and cached
// (bench/intl-format-variant.ts)? Both are bundled with Vite and run in Chromium at 4× CPU, each run
// in a fresh browser context (a fresh renderer, so Intl's first use is really the first), the two
// sides alternating. Two measures per run, in ms:
// - firstScreen: what the scoring screen's first render formats (the visit's dates and the mean
//   per item), from cold: the cost a formatter's first use adds to the first screen;
// - list500: a list of 500 rows, each with a number and a date, formatted once the formatters exist
//   (warm): the per-call cost on the busiest lists (client list, contact log);
// - and, for Intl only, firstScreenInApp: the same first use inside the app's scoring screen once
//   it has started (whatever of ICU the app's own start, i18next included, has already loaded).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { newReview } from './scoring-floor.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CPU_SLOWDOWN = 4;
const SIDES = {
  hand: path.join(ROOT, 'src', 'i18n', 'format.ts'),
  intl: path.join(ROOT, 'bench', 'intl-format-variant.ts'),
};

async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'benchFormat' } },
  });
  return (Array.isArray(output) ? output : [output])[0].output[0].code;
}

/** Runs in the page: the first screen's formatting from cold, then 500 rows warm. */
function measureInPage(locale) {
  const { formatDateRange, formatNumber, formatDate } = window.benchFormat;
  const started = performance.now();
  const shown = [formatDateRange('2026-10-05', '2026-10-06', locale), formatNumber(3.24, locale, 2)];
  const firstScreen = performance.now() - started;
  const rows = Array.from({ length: 500 }, (_, index) => ({
    value: ((index * 7919) % 10000) / 7 - 300,
    date: `20${20 + (index % 7)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
  }));
  // The formatters for the list exist before the timing starts: the list measures calls only.
  shown.push(formatNumber(1.5, locale, 1), formatDate('2026-01-01', locale));
  const listStarted = performance.now();
  for (const row of rows) shown.push(formatNumber(row.value, locale, 1), formatDate(row.date, locale));
  const list500 = performance.now() - listStarted;
  return { firstScreen, list500, sample: shown.slice(0, 2) };
}

/** { hand: { firstScreen: [], list500: [] }, intl: { …, firstScreenInApp: [] } } in ms, per run. */
export async function measureIntlFormat(browser, url, runs, locale = 'fi') {
  const code = { hand: await bundle(SIDES.hand), intl: await bundle(SIDES.intl) };
  const times = { hand: { firstScreen: [], list500: [] }, intl: { firstScreen: [], list500: [], firstScreenInApp: [] } };
  const samples = {};
  for (let run = 0; run < runs; run += 1) {
    for (const side of run % 2 ? ['intl', 'hand'] : ['hand', 'intl']) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto('about:blank');
        await page.evaluate(code[side]);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        const { firstScreen, list500, sample } = await page.evaluate(measureInPage, locale);
        times[side].firstScreen.push(firstScreen);
        times[side].list500.push(list500);
        samples[side] = sample;
      } finally {
        await context.close();
      }
    }
  }
  // The review lives in this context's IndexedDB: each run opens it in a new page of the context.
  const app = await browser.newContext({ baseURL: url, viewport: { width: 800, height: 1280 }, locale: 'fi-FI', serviceWorkers: 'block' });
  try {
    const address = await newReview(app);
    for (let run = 0; run < Math.ceil(runs / 2); run += 1) {
      const page = await app.newPage();
      await page.goto(address);
      await page.locator('#score-group .score-option').first().waitFor();
      // The app's own after-start work (update prompt, evidence, follow-ups) settles first.
      await page.waitForTimeout(1500);
      await page.evaluate(code.intl);
      const cdp = await app.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      times.intl.firstScreenInApp.push((await page.evaluate(measureInPage, locale)).firstScreen);
      await page.close();
    }
  } finally {
    await app.close();
  }
  // Both sides must say the same, or the comparison means nothing.
  if (JSON.stringify(samples.hand) !== JSON.stringify(samples.intl))
    throw new Error(`The two formatting paths differ: ${JSON.stringify(samples)}`);
  return times;
}
