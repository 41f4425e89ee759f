// Issue 15: no screen is wider than the window on a portrait tablet (768 px) or a phone (360 px).
// With the demo loaded, every route of the router (read from src/app/routes.tsx, so a new screen
// is measured without touching this test) is shown with its forms and folds opened, and the
// page's scrollWidth must not exceed the window's width. A failure names the elements that reach
// past the right edge. Tables on narrow screens scroll inside their own box and are fine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, newAppPage, assertClean, ROOT } from './harness.mjs';
import { openDemoReview } from './flows.mjs';
import { crawlScreens, openEveryForm, showScreen } from './screens.mjs';

/** The router's own list of addresses, e.g. "/reviews/:reviewId/items/:itemId". */
const ROUTE_PATTERNS = [...readFileSync(path.join(ROOT, 'src', 'app', 'routes.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g)].map(
  (m) => m[1],
);

/** "/clients/:clientId" → a RegExp matching "/clients/<id>" and nothing longer. */
const matcher = (pattern) => new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/?]+')}(?:\\?.*)?$`);

/** Elements whose right edge is past the window, widest first (what to fix). */
function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    // Inside a box that scrolls sideways on its own, an element does not widen the page.
    const inScroller = (element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !inScroller(element))
      .map((element) => {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
        return `${name} → ${Math.round(element.getBoundingClientRect().right)}px "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      });
    // Nothing found outside scrollers: then the widest of all, whatever contains them.
    const all =
      culprits.length > 0
        ? culprits
        : [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > width + 1)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} → ${Math.round(element.getBoundingClientRect().right)}px`,
            );
    return { scrollWidth, width, culprits: all.slice(-8) };
  });
}

/** A new review of Kätevä with two reviewers, reviewer 1's own ratings started: their address. */
async function startOwnRatings(page) {
  await showScreen(page, '/');
  await page
    .getByRole('link', { name: /Kätevä/ })
    .first()
    .click();
  await page.getByLabel('Arvioija 1').fill('Arvioija Yksi');
  await page.getByLabel('Arvioija 2').fill('Arvioija Kaksi');
  await page.getByRole('button', { name: /Luo arviointi/ }).click();
  await page.waitForURL(/\/reviews\//);
  const review = new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];
  await showScreen(page, `${review}/reviewers`);
  await page
    .getByRole('button', { name: /Aloita pisteytys/ })
    .first()
    .click();
  await page.waitForURL(/\/reviewers\/[^/]+/);
  return new URL(page.url()).pathname;
}

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 360, height: 740 },
]) {
  test(
    `no horizontal overflow at ${viewport.width}px: every route of the router with the demo loaded`,
    async ({ browser, url }) => {
      const page = await newAppPage(browser, url, { viewport, locale: 'fi-FI' });
      await openDemoReview(page);
      const review = new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];
      const reached = [...(await crawlScreens(page, '/')), ...(await crawlScreens(page, review, { within: review }))].map(
        ([, route]) => route,
      );
      // Addresses no link of the demo leads to: those without parameters as they are, and a
      // reviewer's own ratings of a new review with two reviewers.
      reached.push(...ROUTE_PATTERNS.filter((pattern) => !pattern.includes(':')));
      reached.push(await startOwnRatings(page));

      const routes = ROUTE_PATTERNS.map((pattern) => [pattern, reached.find((route) => matcher(pattern).test(route))]);
      const unreached = routes.filter(([, route]) => !route).map(([pattern]) => pattern);
      assert.deepEqual(unreached, [], 'every route of the router is reached from the demo');

      const wide = [];
      for (const [pattern, route] of routes) {
        await showScreen(page, route);
        await openEveryForm(page);
        const found = await overflow(page);
        if (found) wide.push(`${pattern} (${route}): ${found.scrollWidth}px in ${found.width}px\n    ${found.culprits.join('\n    ')}`);
      }
      assert.ok(wide.length === 0, `${wide.length} screen(s) wider than the window:\n${wide.join('\n')}`);
      await assertClean(page);
    },
    { timeoutMs: 240_000 },
  );
}
