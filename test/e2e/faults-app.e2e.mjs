// Fault tests from ../shared/quality/reliability.md §C–F: updates never reload under the user,
// every route starts offline, and every control is big enough to tap (markup in fields:
// faults-markup.e2e.mjs).
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, startPreview, test, newAppPage, assertClean, checkA11y, screenshot, waitForServiceWorker } from './harness.mjs';
import { openDemoReview, reopenReview } from './flows.mjs';
import { showScreen } from './screens.mjs';

test(
  'fault 20: a new version while a review is being edited waits for the user and keeps the text',
  async ({ browser }) => {
    // A server of its own, for a copy of the build that this test "deploys" a new version into;
    // dist/ itself is never touched.
    const copy = await mkdtemp(path.join(tmpdir(), 'fidelio-release-'));
    let server;
    try {
      await cp(path.join(ROOT, 'dist'), copy, { recursive: true });
      server = await startPreview({ outDir: copy });
      const page = await newAppPage(browser, server.url, { serviceWorker: true });
      await openDemoReview(page);
      await reopenReview(page);
      await waitForServiceWorker(page);
      const itemUrl = page.url();
      const notes = page.getByLabel('Havainnot ja perustelut');
      // The page could only reload by itself once the new worker takes control (controllerchange),
      // so that is what is recorded and checked, instead of watching the clock for a while.
      await page.evaluate(() => {
        window.__sameDocument = true;
        window.__controllerChanged = false;
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          window.__controllerChanged = true;
        });
      });

      // The service worker script changes, as it does with every release.
      const swFile = path.join(copy, 'sw.js');
      await writeFile(swFile, `${await readFile(swFile, 'utf8')}\n// next release ${Date.now()}\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor();
      // The new version is installed and held back until the user accepts: still waiting, not in
      // control, and the page is the same document.
      const held = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            sameDocument: window.__sameDocument,
            controllerChanged: window.__controllerChanged,
            newWorker: registration?.waiting?.state ?? null,
          };
        });
      const heldBack = { sameDocument: true, controllerChanged: false, newWorker: 'installed' };
      assert.deepEqual(await held(), heldBack, 'the new version waits for the user');
      await checkA11y(page, 'update prompt');
      await screenshot(page, 'update-prompt-fi-1024x768', { fullPage: false });

      // Typed a moment ago and not yet saved by the pause in typing: accepting saves it first.
      const typed = 'Päivityksen aikana kirjoitettu havainto';
      await notes.fill(typed);
      assert.deepEqual(await held(), heldBack, 'no automatic reload while the user works on');
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Päivitä nyt' }).click()]);
      await page.getByTestId('total-score').waitFor();
      assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'the page reloaded');
      assert.equal(page.url(), itemUrl);
      assert.equal(await page.getByLabel('Havainnot ja perustelut').inputValue(), typed);
      await assertClean(page);
      await page.context().close();
    } finally {
      await server?.stop();
      await rm(copy, { recursive: true, force: true });
    }
  },
  { timeoutMs: 120_000, alone: true },
); // alone: the new sw.js would reach every test's pages

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The app's own links on the page now (path and query). */
function appLinks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => new URL(a.href, location.href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname + u.search),
  );
}

// The routes are found offline: every screen is started cold, with the network off, in a page of
// its own, and the links it shows lead to the next ones (one route per pattern, as many as 30).
test(
  'fault 22: every route starts offline from the service worker',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { serviceWorker: true });
    await openDemoReview(page);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    const seen = new Map();
    const queue = ['/'];
    while (queue.length > 0 && seen.size < 30) {
      const route = queue.shift();
      const pattern = route.replace(ID, ':id');
      if (seen.has(pattern)) continue;
      seen.set(pattern, route);
      const fresh = await page.context().newPage();
      await fresh.goto(route);
      await fresh.locator('h1').first().waitFor({ timeout: 10_000 });
      const heading = await fresh.locator('h1').first().textContent();
      assert.doesNotMatch(heading, /Jotain meni vikaan|Sivua ei löytynyt/, `${pattern} failed offline`);
      queue.push(...(await appLinks(fresh)));
      await fresh.close();
    }
    assert.ok(seen.size >= 5, `only ${seen.size} routes found`);
    console.log(`  fault 22: ${seen.size} routes started offline`);
    await page.context().setOffline(false);
    await assertClean(page);
  },
  { timeoutMs: 180_000 },
);

/**
 * In one round trip per screen: waits until the screen has settled (no "Ladataan…"-style status
 * left and no change to the DOM for 100 ms, as IndexedDB data arrives after the heading), then
 * returns the interactive elements under 44×44 CSS px, except links inside running text
 * (WCAG 2.5.8), and the app's own links on the screen.
 */
function inspectScreen(page) {
  return page.evaluate(async () => {
    const loading = () => [...document.querySelectorAll('[role=status]')].some((el) => el.textContent.trim().endsWith('…'));
    await new Promise((resolve) => {
      let quiet;
      const settle = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => (loading() ? settle() : finish()), 100);
      };
      const observer = new MutationObserver(settle);
      const limit = setTimeout(() => finish(), 10_000);
      function finish() {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(limit);
        resolve();
      }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      settle();
    });
    const small = [];
    for (const element of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const isToggle = element.matches('input[type=radio], input[type=checkbox]');
      const target = isToggle ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right < 0) continue;
      if (element.tagName === 'A' && element.closest('p')) continue;
      if (box.width < 44 || box.height < 44) {
        small.push(
          `${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    const links = [...document.querySelectorAll('a[href]')]
      .map((a) => new URL(a.href, location.href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname + u.search);
    return { small, links, stillLoading: loading() };
  });
}

// Both sizes share one context (one demo load): a landscape and a portrait page open each screen
// side by side, measure it, and follow the links either of them shows. After the first load each
// page moves inside the app as its links do (no page load per screen; the layout is the same).
test(
  'fault 43: every control on every screen is at least 44×44 px at both tablet sizes',
  async ({ browser, url }) => {
    const problems = [];
    const landscape = await newAppPage(browser, url, { viewport: { width: 1024, height: 768 } });
    await openDemoReview(landscape);
    const portrait = await landscape.context().newPage();
    await portrait.setViewportSize({ width: 768, height: 1024 });
    await portrait.goto('/');

    const measure = async (page, route, pattern) => {
      await showScreen(page, route);
      const screen = await inspectScreen(page);
      const { width, height } = page.viewportSize();
      if (screen.stillLoading) problems.push(`${pattern} ${width}×${height}: still loading after 10 s`);
      for (const small of screen.small) problems.push(`${pattern} ${width}×${height}: ${small}`);
      return screen.links;
    };

    const seen = new Set();
    const queue = ['/'];
    while (queue.length > 0 && seen.size < 30) {
      const next = queue.shift();
      const pattern = next.replace(ID, ':id');
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      const found = await Promise.all([measure(landscape, next, pattern), measure(portrait, next, pattern)]);
      queue.push(...found.flat());
    }
    assert.ok(seen.size >= 5, `only ${seen.size} screens found`);
    console.log(`  fault 43: ${seen.size} screens measured at 1024×768 and 768×1024`);
    assert.deepEqual(problems, []);
  },
  { timeoutMs: 240_000 },
);

test('fault 28: a backup file with __proto__ and constructor keys pollutes nothing and is refused', async ({ browser, url }) => {
  const page = await newAppPage(browser, url);
  await page.goto('/backup');
  await page.locator('h1').first().waitFor();
  const at = '2026-11-20T10:00:00.000Z';
  // Written as text: a JavaScript object literal would turn "__proto__" into a prototype, not a key.
  const file = `{"format":"fidelio-backup","version":1,"exportedAt":"${at}","data":{"services":[{"__proto__":{"isAdmin":true},"id":"s1","serviceId":"s1","createdAt":"${at}","updatedAt":"${at}","deletedAt":null,"name":"Palvelu","organisation":"","region":"","notes":"","constructor":{"prototype":{"polluted":true}}}]}}`;
  await page
    .getByLabel('Varmuuskopiotiedosto (.json)')
    .setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const problems = page.getByTestId('backup-problems');
  await problems.waitFor();
  assert.match(await problems.textContent(), /__proto__|constructor|kielletty/i);
  assert.deepEqual(await page.evaluate(() => [{}.isAdmin, {}.polluted, Object.prototype.isAdmin, Object.keys(Object.prototype).length]), [
    undefined,
    undefined,
    undefined,
    0,
  ]);
  assert.equal(await page.getByTestId('restore-ready').count(), 0, 'nothing offered for restore');
  await page.goto('/');
  await page.getByRole('heading', { name: 'Tervetuloa Fidelioon' }).waitFor();
  await assertClean(page);
});
