// Later taps, A against B, tapped in turn (issue 15): one open page a side, a tap on each in turn, so
// that the shared machine's slow and fast minutes fall on both. Each tap is measured as the bench's
// tap → total (bench/scoring-floor.mjs): from the pointer going down on the next choice to the end of
// the first frame that shows the new total, 4× CPU, 800×1280; 400 ms between taps, as the bench.
// A side is the app of a build (A_DIR / B_DIR: a `vite build --outDir <dir>`; default dist/), with
// a style sheet added for an experiment (A_CSS / B_CSS), or the bench's plain React form (B=floor).
// Usage: npm run build && N=100 B_CSS='.x { … }' node bench/ab-taps.mjs; B=floor compares with the floor.
// Swap the sides in a second run: the order of the two pages can favour one.
import { launchBrowser, startPreview } from '../test/e2e/harness.mjs';
import { buildFloorPage, newReview, tapNextChoice } from './scoring-floor.mjs';

const TAPS = Number(process.env.N ?? 60);
const sides = ['A', 'B'].map((name) => ({
  name,
  dir: process.env[`${name}_DIR`] || null,
  css: process.env[`${name}_CSS`] || '',
  isFloor: process.env[name] === 'floor',
  times: [],
}));

const sorted = (values) => [...values].sort((x, y) => x - y);
const at = (values, share) => sorted(values)[Math.floor((values.length - 1) * share)];

const browser = await launchBrowser({ full: true });
const servers = [];
try {
  for (const side of sides) {
    const server = await startPreview({ outDir: side.dir });
    servers.push(server);
    // bypassCSP: the app's policy refuses an added style sheet (A_CSS / B_CSS).
    const options = {
      baseURL: server.url,
      viewport: { width: 800, height: 1280 },
      locale: 'fi-FI',
      serviceWorkers: 'block',
      bypassCSP: true,
    };
    const context = await browser.newContext(options);
    let address = '/__scoring-floor';
    if (side.isFloor) {
      const html = await buildFloorPage();
      await context.route('**/__scoring-floor', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    } else {
      address = await newReview(context);
    }
    side.page = await context.newPage();
    const cdp = await context.newCDPSession(side.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await side.page.goto(address);
    await side.page.locator('#score-group .score-option').first().waitFor();
    if (side.css) await side.page.addStyleTag({ content: side.css });
    // The page's start is over, and its first (cold) tap is not counted.
    await side.page.waitForTimeout(1500);
    await tapNextChoice(side.page);
  }
  for (let n = 0; n < TAPS; n += 1) {
    for (const side of n % 2 ? [...sides].reverse() : sides) side.times.push((await tapNextChoice(side.page)).total);
  }
  for (const side of sides) {
    const what = side.isFloor ? 'floor' : `app ${side.dir ?? 'dist'}${side.css ? ` + ${side.css}` : ''}`;
    const mean = side.times.reduce((sum, ms) => sum + ms, 0) / side.times.length;
    console.log(
      `${side.name} (${what}): median ${at(side.times, 0.5).toFixed(1)} ms, p25 ${at(side.times, 0.25).toFixed(1)}, p75 ${at(side.times, 0.75).toFixed(1)}, mean ${mean.toFixed(1)} (${side.times.length} taps)`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
