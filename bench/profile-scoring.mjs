// Where the scoring screen's time goes: a CPU profile (CDP Profiler, 4× CPU) of a tap up to the painted
// total and of the 1.5 s after it (the write and the live queries), or of a load up to the first clickable
// choice (MODE=load; AFTER_MS=n goes on for n ms after it). Usage: npm run build && node bench/profile-scoring.mjs; OUTDIR=<dir> profiles a build
// made with `vite build --minify false --outDir <dir>` (readable names). Profiles go to bench/.tmp/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, startPreview } from '../test/e2e/harness.mjs';
const server = await startPreview({ outDir: process.env.OUTDIR ?? null });
const browser = await launchBrowser({ full: true });
mkdirSync('bench/.tmp', { recursive: true });
const MODE = process.env.MODE ?? 'tap';
function summarize(profile, label) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const d = (dt[i + 1] ?? 0) / 1000;
    total += d;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + d);
  });
  // inclusive
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const d = (dt[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + d);
    }
  });
  console.log(`== ${label}: ${total.toFixed(1)} ms profiled`);
  console.log(' self:');
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .forEach(([k, v]) => console.log(`  ${v.toFixed(1).padStart(7)} ${k}`));
  console.log(' inclusive:');
  [...incl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45)
    .forEach(([k, v]) => console.log(`  ${v.toFixed(1).padStart(7)} ${k}`));
}
try {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 800, height: 1280 },
    locale: 'fi-FI',
    serviceWorkers: 'block',
  });
  const setup = await context.newPage();
  await setup.goto('/');
  await setup.getByLabel('Palvelun nimi').fill('Työvalmennus Mittari');
  await setup.getByRole('button', { name: 'Lisää palvelu' }).click();
  await setup.getByLabel('Arvioija 1').fill('Aino Arvioija');
  await setup.getByRole('button', { name: 'Luo arviointi ja aloita pisteytys' }).click();
  await setup.waitForURL(/\/items\/staffing-1$/);
  const address = new URL(setup.url()).pathname;
  await setup.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (MODE === 'load') {
    // As the bench: a new page for each load (its own renderer, V8 starting from the code cache),
    // the HTTP cache warm from an earlier load, and nothing evaluated in the page while it loads.
    await page.goto(address);
    await page.locator('#score-group .score-option').first().waitFor();
    await page.waitForTimeout(1500);
    await page.close();
    await context.addInitScript(() =>
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('#score-group input[type=radio]:not(:disabled)')) return;
        observer.disconnect();
        console.debug('profile:choice');
      }).observe(document, { childList: true, subtree: true }),
    );
    const fresh = await context.newPage();
    const freshCdp = await context.newCDPSession(fresh);
    await freshCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await freshCdp.send('Profiler.enable');
    await freshCdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await freshCdp.send('Profiler.start');
    const shown = fresh.waitForEvent('console', { predicate: (message) => message.text() === 'profile:choice', timeout: 60_000 });
    await fresh.goto(address, { waitUntil: 'commit' });
    await shown;
    // AFTER_MS=n: the profile goes on after the first choice (the work a first tap would wait behind).
    if (process.env.AFTER_MS) await fresh.waitForTimeout(Number(process.env.AFTER_MS));
    const { profile } = await freshCdp.send('Profiler.stop');
    writeFileSync('bench/.tmp/load.cpuprofile', JSON.stringify(profile));
    summarize(profile, 'load → first choice');
    const marks = await fresh.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
    console.log(marks.join('\n'));
  } else {
    await page.goto(address);
    await page.locator('#score-group .score-option').first().waitFor();
    await page.waitForTimeout(2000);
    for (let n = 0; n < Number(process.env.TAPS ?? 2); n++) {
      const box = await page.evaluate((n) => {
        const r = document.querySelectorAll('#score-group .score-option')[n % 5].getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, n + 1);
      await page.evaluate(() => {
        const t = document.querySelector('[data-testid="total-score"]');
        const b = t.textContent;
        window.__shown = new Promise((res) =>
          new MutationObserver((_, o) => {
            if (t.textContent !== b) {
              o.disconnect();
              requestAnimationFrame(() => setTimeout(() => res(performance.now()), 0));
            }
          }).observe(t, { childList: true, characterData: true, subtree: true }),
        );
      });
      await cdp.send('Profiler.start');
      await page.mouse.click(box.x, box.y);
      await page.evaluate(() => window.__shown);
      const { profile } = await cdp.send('Profiler.stop');
      summarize(profile, `tap ${n} → total shown`);
      await cdp.send('Profiler.start');
      await page.waitForTimeout(1500);
      const { profile: after } = await cdp.send('Profiler.stop');
      summarize(after, `tap ${n}: 1.5 s after`);
      writeFileSync(`bench/.tmp/tap${n}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`bench/.tmp/after${n}.cpuprofile`, JSON.stringify(after));
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
