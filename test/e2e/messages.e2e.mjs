// Every screen shows words, never a message key: each component loads its own namespaces on
// demand (useTranslation), in the language in use only. Walks every
// screen reachable from the service list and the demo review, in each language the app offers,
// with nothing preloaded beyond what the app itself loads.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, newAppPage, assertClean, ROOT } from './harness.mjs';
import { openDemoReview } from './flows.mjs';
import { crawlScreens } from './screens.mjs';

const AREAS = readdirSync(path.join(ROOT, 'src', 'i18n', 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
// A key as i18next shows it when its message is missing: `namespace:group.name` (setup.ts appends
// the namespace), or `area.group.name` from code that predates namespaces (file names such as
// backup.json or a CSV's name are not keys).
const KEY = new RegExp(`\\b(?:${AREAS.join('|')})[.:][a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\b(?<!\\.(?:json|csv|pdf|png))`, 'g');

/** Raw keys in the page's text and in the attributes a person hears or sees. */
function rawKeys(page, source) {
  return page.evaluate(
    ({ source }) => {
      const pattern = new RegExp(source, 'g');
      for (const details of document.querySelectorAll('details')) details.open = true;
      const texts = [document.title, document.body.innerText];
      for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-description]')) {
        for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) texts.push(element.getAttribute(name) ?? '');
      }
      return [...new Set(texts.flatMap((text) => text.match(pattern) ?? []))];
    },
    { source },
  );
}

for (const [locale, label] of [
  ['fi-FI', 'Finnish'],
  ['en-GB', 'English'],
]) {
  test(`messages: every screen in ${label} shows words, never a message key`, async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { locale });
    await openDemoReview(page);
    const review = new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];
    const found = [];
    const check = async (pattern) => {
      for (const key of await rawKeys(page, KEY.source)) found.push(`${pattern}: ${key}`);
    };
    const screens = [
      ...(await crawlScreens(page, '/', { onScreen: check })),
      ...(await crawlScreens(page, review, { within: review, onScreen: check })),
    ];
    assert.ok(screens.length >= 20, `only ${screens.length} screens reached`);
    assert.deepEqual(found, [], `message keys shown instead of words:\n${found.join('\n')}`);
    await assertClean(page);
  });
}
