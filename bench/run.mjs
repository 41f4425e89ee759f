// npm run bench: builds the app, serves it, drives it in headless Chromium with a large dataset and
// writes bench/results.json (medians) and a table. Targets are in the README; a miss is marked.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview, waitForServiceWorker } from '../test/e2e/harness.mjs';
import { measureBundle } from '../scripts/bundle-size.mjs';
import { generateDataset } from './dataset.mjs';
import { measureEvidence } from './evidence.mjs';
import { runLighthouse } from './lighthouse.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = { importRatio: 2, evidenceMs: 100, scoringTapMs: 50, coldOfflineStartMs: 1500, scoringKb: 150, heapMb: 150 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function newPage(browser, url, options = {}) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1024, height: 768 }, locale: 'fi-FI', ...options });
  return context.newPage();
}

/** Restores the dataset through the app's backup screen, as a user would, and times it. */
async function importThroughApp(page, file) {
  await page.goto('/backup');
  await page.locator('h1').first().waitFor();
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  const ready = page.getByTestId('restore-ready');
  const problems = page.getByTestId('backup-problems');
  await ready.or(problems).first().waitFor({ timeout: 300_000 });
  if (await problems.isVisible()) throw new Error(`The app refused the dataset:\n${(await problems.textContent()).slice(0, 2000)}`);
  await page.getByRole('button', { name: 'Palauta', exact: true }).click();
  await page.getByText(/Palautus valmis|Restore complete/).waitFor({ timeout: 600_000 });
  return Date.now() - started;
}

/**
 * The physical floor: the same records with bare IndexedDB put, one transaction per store, in a
 * fresh page. The file is read and parsed before the timing starts, as the app's own restore
 * reads it (through a file input); only the puts are timed.
 */
async function rawPut(page, file) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    document.body.append(input);
  });
  await page.locator('input[type=file]').setInputFiles(file);
  return page.evaluate(async () => {
    const { data } = JSON.parse(await document.querySelector('input[type=file]').files[0].text());
    const names = Object.keys(data);
    const open = indexedDB.open(`bench-raw-${Math.random()}`, 1);
    open.onupgradeneeded = () => {
      for (const name of names) open.result.createObjectStore(name, { keyPath: 'id' });
    };
    const db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let elapsed = 0;
    for (const name of names) {
      const started = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction(name, 'readwrite', { durability: 'strict' });
        const store = tx.objectStore(name);
        for (const record of data[name]) store.put(record);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      elapsed += performance.now() - started;
    }
    db.close();
    return elapsed;
  });
}

/** From a tap on a score to the total on screen changing. */
async function scoringTap(page) {
  return page.evaluate(async () => {
    const total = document.querySelector('[data-testid="total-score"]');
    const options = [...document.querySelectorAll('.score-option input')];
    const current = options.findIndex((input) => input.checked);
    const target = options[(current + 1) % options.length];
    const before = total.textContent;
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(total, { childList: true, characterData: true, subtree: true });
    });
    const started = performance.now();
    target.click();
    return (await changed) - started;
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const { backup, counts } = generateDataset();
  const work = await mkdtemp(path.join(tmpdir(), 'fidelio-bench-'));
  const file = path.join(work, 'fidelio-bench.json');
  const json = JSON.stringify(backup);
  await writeFile(file, json);
  const server = await startPreview();
  const browser = await launchBrowser();
  const results = { importMs: [], rawPutMs: [], evidenceMs: [], scoringTapMs: [], coldOfflineStartMs: [], heapMb: [] };
  try {
    results.evidenceMs = await measureEvidence(browser, RUNS * 4);
    for (let run = 0; run < Math.min(RUNS, 3); run += 1) {
      const page = await newPage(browser, server.url);
      results.importMs.push(await importThroughApp(page, file));
      await page.context().close();
      const raw = await newPage(browser, server.url);
      await raw.goto('/robots.txt');
      results.rawPutMs.push(await rawPut(raw, file));
      await raw.context().close();
    }

    const page = await newPage(browser, server.url);
    await importThroughApp(page, file);
    await page.goto('/');
    await page.getByRole('link', { name: /Työvalmennuspalvelu 01/ }).click();
    const inProgress = page.getByTestId('review-row').filter({ hasText: /Kesken/ }).first();
    await inProgress.click();
    await page.getByTestId('total-score').waitFor();
    const reviewUrl = page.url();
    for (let tap = 0; tap < RUNS * 4; tap += 1) {
      results.scoringTapMs.push(await scoringTap(page));
      await page.waitForTimeout(150);
    }

    // The busiest screens: a service's client list (500 clients) and its team week (10,000
    // contacts); the larger heap counts, measured after a garbage collection.
    const cdp = await page.context().newCDPSession(page);
    await page.goto('/');
    await page.getByRole('link', { name: /Työvalmennuspalvelu 01/ }).click();
    await page.locator('h1').first().waitFor();
    const servicePath = new URL(page.url()).pathname;
    for (let run = 0; run < RUNS; run += 1) {
      let largest = 0;
      for (const [route, ready] of [[`${servicePath}/clients`, 'table'], [`${servicePath}/contacts/team`, 'table']]) {
        await page.goto(route);
        await page.getByRole(ready).first().waitFor({ timeout: 60_000 });
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        largest = Math.max(largest, usedSize / 1024 / 1024);
      }
      results.heapMb.push(largest);
    }

    await page.goto(reviewUrl);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    for (let run = 0; run < RUNS; run += 1) {
      const cold = await page.context().newPage();
      const coldCdp = await page.context().newCDPSession(cold);
      await coldCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const started = Date.now();
      await cold.goto(reviewUrl);
      await cold.locator('.score-option').first().waitFor();
      results.coldOfflineStartMs.push(Date.now() - started);
      await cold.close();
    }
    await page.context().setOffline(false);
  } finally {
    await browser.close();
    await server.stop();
  }

  const lighthouse = await runLighthouse();
  const bundle = measureBundle();
  const importMs = round(median(results.importMs), 0);
  const rawPutMs = round(median(results.rawPutMs), 0);
  const output = {
    importMs,
    rawPutMs,
    importRatio: round(importMs / rawPutMs, 2),
    evidenceMs: round(median(results.evidenceMs)),
    scoringTapMs: round(median(results.scoringTapMs)),
    coldOfflineStartMs: round(median(results.coldOfflineStartMs), 0),
    jsGzipKb: { scoring: bundle.scoring, total: bundle.total },
    heapMb: round(median(results.heapMb)),
    lighthouse,
    dataset: counts,
    runs: RUNS,
  };
  await writeFile(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  await rm(work, { recursive: true, force: true });

  const rows = [
    ['import (app restore)', `${importMs} ms`, `≤ ${TARGETS.importRatio}× raw (${output.importRatio}×)`, output.importRatio <= TARGETS.importRatio],
    ['raw IndexedDB put', `${rawPutMs} ms`, 'floor', true],
    ['evidence (1,000 clients, 20,000 contacts)', `${output.evidenceMs} ms`, `< ${TARGETS.evidenceMs} ms`, output.evidenceMs < TARGETS.evidenceMs],
    ['scoring tap → total', `${output.scoringTapMs} ms`, `< ${TARGETS.scoringTapMs} ms`, output.scoringTapMs < TARGETS.scoringTapMs],
    ['cold offline start (4× CPU)', `${output.coldOfflineStartMs} ms`, `< ${TARGETS.coldOfflineStartMs} ms`, output.coldOfflineStartMs < TARGETS.coldOfflineStartMs],
    ['scoring screen JS', `${bundle.scoring} kB gzip`, `< ${TARGETS.scoringKb} kB`, bundle.scoring < TARGETS.scoringKb],
    ['all JS', `${bundle.total} kB gzip`, '—', true],
    ['heap, client list / team week', `${output.heapMb} MB`, `< ${TARGETS.heapMb} MB`, output.heapMb < TARGETS.heapMb],
    ['Lighthouse performance', `${lighthouse.performance}`, '≥ 90', lighthouse.performance >= 90],
    ['Lighthouse accessibility', `${lighthouse.accessibility}`, '100', lighthouse.accessibility === 100],
    ['Lighthouse best practices', `${lighthouse.bestPractices}`, '≥ 95', lighthouse.bestPractices >= 95],
  ];
  console.log(`\nFidelio benchmark (medians of ${RUNS} runs; dataset ${JSON.stringify(counts)})`);
  for (const [name, value, target, ok] of rows) console.log(`${ok ? '  ' : '✗ '}${name.padEnd(42)} ${value.padEnd(22)} target ${target}`);
}

await main();
