// Smoke test: the built app loads, is served with its security headers, is installable
// (manifest, service worker) and keeps working offline after the first load.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot, waitForServiceWorker } from './harness.mjs';

function directives(policy) {
  const map = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

test('home page loads with an <h1>, lang and a strict CSP header', async ({ browser, url }) => {
  const page = await newAppPage(browser, url);
  const response = await page.goto('/');
  assert.ok(response, 'no response for /');
  assert.equal(response.status(), 200);

  const headers = response.headers();
  const csp = headers['content-security-policy'];
  assert.ok(csp, 'Content-Security-Policy header missing on /');
  const policy = directives(csp);
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  assert.ok(scriptSrc, 'CSP has neither script-src nor default-src');
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), `script-src allows 'unsafe-inline': ${csp}`);
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), `script-src allows 'unsafe-eval': ${csp}`);
  assert.deepEqual(policy.get('connect-src'), ["'self'"], 'connect-src must be the app origin only');
  assert.equal(headers['x-content-type-options'], 'nosniff');

  await page.locator('h1').first().waitFor({ state: 'visible' });
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.match(lang, /^[a-z]{2}(-[A-Za-z]{2})?$/, `<html lang> not set: "${lang}"`);

  await screenshot(page, 'home');
  await assertClean(page);
});

test('home page has no WCAG 2.2 AA axe violations', async ({ browser, url }) => {
  const page = await newAppPage(browser, url);
  await page.goto('/');
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await checkA11y(page, 'home page');
  await assertClean(page);
});

test('service worker and web manifest are served', async ({ browser, url }) => {
  const page = await newAppPage(browser, url);
  await page.goto('/');

  const sw = await page.request.get('/sw.js');
  assert.equal(sw.status(), 200, '/sw.js not served');
  assert.match(sw.headers()['content-type'] ?? '', /javascript/, '/sw.js has no JavaScript content type');
  assert.match(await sw.text(), /precache/i, '/sw.js does not look like a Workbox precaching worker');

  const linked = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(linked, 'index.html has no <link rel="manifest">');

  const res = await page.request.get('/manifest.webmanifest');
  assert.equal(res.status(), 200, '/manifest.webmanifest not served');
  let manifest;
  try {
    manifest = JSON.parse(await res.text());
  } catch (err) {
    assert.fail(`manifest is not valid JSON: ${err.message}`);
  }
  assert.ok(typeof manifest.name === 'string' && manifest.name.length > 0, 'manifest has no name');
  assert.ok(Array.isArray(manifest.icons) && manifest.icons.length > 0, 'manifest has no icons');
  for (const icon of manifest.icons) {
    const iconRes = await page.request.get(new URL(icon.src, url).href);
    assert.equal(iconRes.status(), 200, `manifest icon ${icon.src} not served`);
    if (icon.type) assert.equal(iconRes.headers()['content-type']?.split(';')[0], icon.type, `icon ${icon.src} type`);
  }
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), 'manifest needs 192x192 and 512x512 icons');
  await assertClean(page);
});

test('app works offline after the first load (service worker)', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { serviceWorker: true });
  await page.goto('/');
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await waitForServiceWorker(page);

  await page.context().setOffline(true);
  await page.reload({ waitUntil: 'load' });
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 });
  const fromSw = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  assert.ok(fromSw, 'offline page is not controlled by the service worker');
  await screenshot(page, 'home-offline');
  await assertClean(page);
});

test('control: without a service worker the offline reload fails', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { contextOptions: { serviceWorkers: 'block' } });
  await page.goto('/');
  await page.locator('h1').first().waitFor({ state: 'visible' });

  await page.context().setOffline(true);
  // Expected: the reload itself fails (net::ERR_INTERNET_DISCONNECTED), or shows no app.
  const rendered = await page
    .reload({ waitUntil: 'load', timeout: 10_000 })
    .then(() => page.locator('h1').first().waitFor({ state: 'visible', timeout: 3_000 }))
    .then(
      () => true,
      () => false,
    );
  assert.equal(rendered, false, 'the page rendered offline with service workers blocked: the offline test proves nothing');
});
