// Every screen of the app, with its forms and folds opened, checked for what must hold on all of
// them. One walk in Finnish measures each screen at the three sizes people use it (a page resized
// in place, its data already on screen) instead of one walk per check:
// - issue 15: no screen wider than the window on a portrait tablet (768 px) or a phone (360 px);
//   tables on narrow screens scroll inside their own box and are fine;
// - fault 43: every control at least 44×44 px at 1024×768 and 768×1024 (WCAG 2.5.8);
// - issue 18: words, never a message key (each component loads its own namespaces on demand);
// - issue 14: no text field spell-checked or autofilled by the browser.
// The walk covers every route of the router (read from src/app/routes.tsx, so a new screen is
// measured without touching this test), a final review and the same review reopened (its notes
// and recommendations editable), and a new review with two reviewers (their own ratings).
// A second walk in English looks for message keys.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean } from './harness.mjs';
import { openDemoReview, reopenReview } from './flows.mjs';
import { crawlScreens, listTextFields, openEveryForm, settled, showScreen, startOwnRatings } from './screens.mjs';
import { ROUTE_PATTERNS, overflow, rawKeys, routeMatcher, smallTargets } from './screen-checks.mjs';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const PHONE = { width: 360, height: 740 };

/** A review's address from the page now ("/reviews/<id>"). */
const reviewOf = (page) => new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];

test(
  'every screen in Finnish, forms open: no overflow at 768 and 360 px, controls ≥ 44×44 px at both tablet sizes, no message key, no spell-checked field',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { viewport: PORTRAIT, locale: 'fi-FI' });
    const problems = { overflow: [], small: [], keys: [] };
    const fields = [];
    const reached = [];
    const resize = async (size) => {
      await page.setViewportSize(size);
      // A screen may lay itself out anew for the size (the scoring screen's wide layout).
      await settled(page);
    };
    const check = async (pattern, route) => {
      reached.push(route);
      await openEveryForm(page);
      const wide = await overflow(page);
      if (wide) problems.overflow.push(`${pattern} at 768 px: ${wide.scrollWidth}px\n    ${wide.culprits.join('\n    ')}`);
      for (const small of await smallTargets(page)) problems.small.push(`${pattern} 768×1024: ${small}`);
      for (const key of await rawKeys(page)) problems.keys.push(`${pattern}: ${key}`);
      await resize(LANDSCAPE);
      for (const small of await smallTargets(page)) problems.small.push(`${pattern} 1024×768: ${small}`);
      // At the landscape size every panel of the scoring screen is open beside the item.
      for (const field of await listTextFields(page)) fields.push({ screen: pattern, ...field });
      await resize(PHONE);
      const narrow = await overflow(page);
      if (narrow) problems.overflow.push(`${pattern} at 360 px: ${narrow.scrollWidth}px\n    ${narrow.culprits.join('\n    ')}`);
      await resize(PORTRAIT);
    };

    await openDemoReview(page);
    const demoReview = reviewOf(page);
    await crawlScreens(page, '/', { onScreen: check });
    await crawlScreens(page, demoReview, { within: demoReview, onScreen: check });
    await showScreen(page, demoReview);
    await reopenReview(page);
    await crawlScreens(page, demoReview, { within: demoReview, onScreen: check });
    const newReview = await startOwnRatings(page);
    await crawlScreens(page, newReview, { within: newReview, onScreen: check });
    // Addresses no link leads to, as they are.
    for (const route of ROUTE_PATTERNS.filter((pattern) => !pattern.includes(':'))) {
      if (reached.some((seen) => routeMatcher(route).test(seen))) continue;
      await showScreen(page, route);
      await check(route, route);
    }

    const unreached = ROUTE_PATTERNS.filter((pattern) => !reached.some((route) => routeMatcher(pattern).test(route)));
    assert.deepEqual(unreached, [], 'every route of the router is reached from the demo');
    const screens = new Set(fields.map((f) => f.screen));
    const distinct = new Set(fields.map((f) => `${f.screen} ${f.label}`));
    console.log(`  ${reached.length} screens at three sizes; ${distinct.size} different text fields on ${screens.size} of them`);
    assert.deepEqual(problems.overflow, [], 'screens wider than the window');
    assert.deepEqual(problems.small, [], 'controls under 44×44 px');
    assert.deepEqual(problems.keys, [], 'message keys shown instead of words');
    // The demo's screens hold 70 different fields (6 Dec 2026); fewer means the walk missed forms.
    assert.ok(
      distinct.size >= 65 && screens.size >= 10,
      `only ${distinct.size} fields on ${screens.size} screens: ${[...screens].join(', ')}`,
    );
    const checked = fields.filter((f) => f.spellcheck !== false).map((f) => `${f.screen}: ${f.tag} "${f.label}"`);
    assert.deepEqual(checked, [], 'fields a spelling service would see');
    // A reviewer's own name and the team-sync sign-in's user name (credentials, not client data)
    // may be offered by the browser; nothing else.
    const autofilled = fields
      .filter((f) => f.tag === 'input' && !['off', 'name', 'username'].includes(f.autocomplete))
      .map((f) => `${f.screen}: "${f.label}" ${f.autocomplete}`);
    assert.deepEqual(autofilled, [], 'inputs the browser would offer to autofill');
    await assertClean(page);
  },
  { timeoutMs: 400_000 },
);

test('every screen in English, forms open: words, never a message key', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { locale: 'en-GB' });
  const found = [];
  const check = async (pattern) => {
    await openEveryForm(page);
    for (const key of await rawKeys(page)) found.push(`${pattern}: ${key}`);
  };
  await openDemoReview(page);
  const review = reviewOf(page);
  const screens = [
    ...(await crawlScreens(page, '/', { onScreen: check })),
    ...(await crawlScreens(page, review, { within: review, onScreen: check })),
  ];
  assert.ok(screens.length >= 20, `only ${screens.length} screens reached`);
  assert.deepEqual(found, [], `message keys shown instead of words:\n${found.join('\n')}`);
  await assertClean(page);
});
