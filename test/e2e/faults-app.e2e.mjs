// Fault tests from ../shared/quality/reliability.md §C–F: updates never reload under the user and
// every route starts offline (controls big enough to tap: every-screen.e2e.mjs; markup in fields:
// faults-markup.e2e.mjs).
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, startPreview, test, newAppPage, assertClean, checkA11y, screenshot, waitForServiceWorker } from './harness.mjs';
import { openDemoReview, reopenReview } from './flows.mjs';

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
  // Not alone: the new version goes into a copy of the build on a server of its own (it once went
  // into dist/ and would have reached every other test's pages).
  { timeoutMs: 120_000 },
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

// The routes are found offline: every screen is started cold, with the network off (a full page
// load of its address, as typing it or a bookmark does), and the links it shows lead to the next
// ones (one route per pattern, as many as 30). One tab loads them all: a new tab per route cost a
// renderer process each (1.6 CPU s more per route, measured) and proves nothing more.
test(
  'fault 22: every route starts offline from the service worker',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { serviceWorker: true });
    await openDemoReview(page);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    // A tab opened offline: nothing of the app is in its memory when it loads the first route.
    const tab = await page.context().newPage();
    // For a failure's message: what went wrong in the tab, as the app's error screen does not say.
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.stack || String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const seen = new Map();
    const queue = ['/'];
    while (queue.length > 0 && seen.size < 30) {
      const route = queue.shift();
      const pattern = route.replace(ID, ':id');
      if (seen.has(pattern)) continue;
      seen.set(pattern, route);
      await tab.goto(route);
      await tab.locator('h1').first().waitFor({ timeout: 10_000 });
      const heading = await tab.locator('h1').first().textContent();
      if (/Jotain meni vikaan|Sivua ei löytynyt/.test(heading)) {
        const shown = (
          await tab
            .locator('main')
            .first()
            .innerText()
            .catch(() => '')
        ).slice(0, 600);
        assert.fail(
          `${pattern} failed offline (${route}): "${heading}"; the page says ${JSON.stringify(shown)}; errors ${JSON.stringify(errors)}`,
        );
      }
      queue.push(...(await appLinks(tab)));
    }
    assert.ok(seen.size >= 5, `only ${seen.size} routes found`);
    console.log(`  fault 22: ${seen.size} routes started offline`);
    await page.context().setOffline(false);
    await assertClean(page);
  },
  { timeoutMs: 180_000 },
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
