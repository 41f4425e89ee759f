// Fault 31 of ../shared/quality/reliability.md: markup and script addresses typed into every text
// field of every screen are stored and shown as text; nothing runs and nothing becomes a link.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean } from './harness.mjs';
import { openDemoReview, reopenReview } from './flows.mjs';
import { crawlScreens, demoWithEveryForm, openEveryForm, showScreen, TEXT_FIELDS } from './screens.mjs';

// Each one sets window.__xss if it ever runs.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  '"><svg onload="window.__xss=4">',
  'data:text/html,<script>window.__xss=5</script>',
  '<a href="javascript:window.__xss=6">linkki</a>',
];

/** Waits until the app has no write pending ("Tallennetaan…" gone from its save status). */
async function savesSettled(page) {
  await page.waitForFunction(() => !/Tallennetaan|Saving/.test(document.querySelector('.save-status')?.textContent ?? ''));
}

/** Types a payload into every editable text field on screen, then sends each form it is in. */
async function fillAndSend(page, start) {
  // The fields to fill, found and marked in one round trip; then filled one by one as a person would.
  const count = await page.evaluate((selector) => {
    let marked = 0;
    for (const field of document.querySelectorAll(selector)) {
      field.removeAttribute('data-e2e-fill');
      const box = field.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && getComputedStyle(field).visibility !== 'hidden';
      if (!visible || field.readOnly || field.disabled || field.closest('fieldset:disabled, [aria-disabled=true]')) continue;
      field.setAttribute('data-e2e-fill', String(marked));
      marked += 1;
    }
    return marked;
  }, TEXT_FIELDS);
  // Filled as the browser fills a field (focus, value, an input event, then leaving it, which saves
  // autosaved notes), all in the page: one round trip per screen instead of one per field.
  const filled = await page.evaluate(
    async ({ count, payloads }) => {
      // React renders a typed value in a later task: a field is left only once that has happened,
      // as between a person's keystrokes and taps.
      const nextTask = () => new Promise((resolve) => setTimeout(resolve));
      let done = 0;
      for (let i = 0; i < count; i += 1) {
        const field = document.querySelector(`[data-e2e-fill="${i}"]`);
        if (!field) continue;
        // The prototype's setter, not the field's own: React tracks the value through it.
        const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set;
        field.focus();
        setValue.call(field, payloads[i % payloads.length]);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await nextTask();
        field.blur();
        await nextTask();
        done += 1;
      }
      return done;
    },
    { count, payloads: PAYLOADS },
  );
  // All at once: a form sent may close itself or another, or move to a new address.
  await page.evaluate((start) => {
    for (const form of [...document.forms]) {
      if (form.isConnected && location.pathname === start && form.querySelector('input, textarea')) form.requestSubmit();
    }
  }, start);
  await savesSettled(page);
  return filled;
}

/** What a screen shows: payloads as text, and anything that could have run or be followed. */
function inspect(page) {
  return page.evaluate((payloads) => {
    const root = document.getElementById('root');
    const text = root.innerText;
    return {
      ran: window.__xss,
      shownAsText: payloads.filter((p) => text.includes(p)).length,
      injected: [...root.querySelectorAll('script, svg[onload], img[src="x"], [onerror], [onload], iframe, object, embed')].map((e) =>
        e.outerHTML.slice(0, 80),
      ),
      // Resolved: only the app's own addresses are links (no javascript:, data: or other sites).
      // The About page's list of the scale's published sources is the app's own (https only).
      links: [...document.querySelectorAll('a[href]')]
        .filter((a) => !(a.closest('[data-testid="scale-sources"]') && a.protocol === 'https:'))
        .map((a) => a.href)
        .filter((href) => new URL(href).origin !== location.origin),
    };
  }, PAYLOADS);
}

test(
  'fault 31: markup typed into every text field on every screen stays text and runs nothing',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const screens = await demoWithEveryForm(page, { openDemoReview, reopenReview });
    let filled = 0;
    for (const [, route] of screens) {
      await showScreen(page, route);
      await openEveryForm(page);
      filled += await fillAndSend(page, new URL(page.url()).pathname);
    }
    assert.ok(filled >= 60, `only ${filled} fields were filled`);
    // The walk above never left the page, so anything that ran while typing would still show here.
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran while the fields were filled');

    // A fresh start, so what the screens show next comes from what was stored.
    await page.goto('/');
    await page.locator('h1').first().waitFor();

    // Every screen again, including those the forms created (a service named with markup…).
    const problems = [];
    // Screens by address pattern: which client or review a crawl reaches first depends on ids.
    const screensWithText = new Set();
    const check = async (pattern) => {
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const seen = await inspect(page);
      if (seen.ran !== undefined) problems.push(`${pattern}: payload ${seen.ran} ran`);
      if (seen.injected.length) problems.push(`${pattern}: elements from typed text: ${seen.injected.join(', ')}`);
      if (seen.links.length) problems.push(`${pattern}: links out of the app: ${seen.links.join(', ')}`);
      if (seen.shownAsText > 0) screensWithText.add(pattern);
    };
    const crawled = new Set((await crawlScreens(page, '/', { onScreen: check })).map(([, route]) => route));
    for (const [pattern, route] of screens.filter(([, route]) => !crawled.has(route))) {
      await showScreen(page, route);
      await check(pattern);
    }
    console.log(
      `  fault 31: ${filled} fields filled on ${screens.length} screens; typed markup shown as text on ${screensWithText.size} kinds of screen`,
    );
    assert.deepEqual(problems, []);
    assert.equal(dialogs, 0, 'no dialog opened');
    // Stored and shown back as text on many screens (service, review, clients, employers, week…).
    assert.ok(
      screensWithText.size >= 18,
      `typed markup shown as text on only ${screensWithText.size} kinds of screen: ${[...screensWithText].join(', ')}`,
    );
    await assertClean(page);
  },
  { timeoutMs: 400_000 },
);
