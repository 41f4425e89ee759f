// Issue 14 #2: "Erase client" really erases (read back from IndexedDB's raw records), and "Delete
// everything on this device" leaves no database, cache, service worker or localStorage behind and
// the app then starts as on a new device, not with the "your data was removed" recovery screen.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, waitForServiceWorker } from './harness.mjs';
import { dumpDatabase } from './idb-dump.mjs';

const CODE = 'POISTO-91';
const NOTE = 'Kertoi velkajärjestelystä 4471';

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function serviceWithClient(page) {
  await page.goto('/');
  await page.getByLabel('Palvelun nimi').fill('Työhönvalmennus Poisto');
  await page.getByRole('button', { name: 'Lisää palvelu' }).click();
  await page.getByRole('link', { name: 'Asiakasmäärät ja asiakkaat' }).click();
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click();
  await page.getByRole('button', { name: 'Uusi asiakas' }).click();
  const form = page.getByRole('region', { name: 'Uusi asiakas' });
  await form.getByLabel('Asiakastunnus').fill(CODE);
  await form.getByLabel('Aloituspäivä (valinnainen)').fill(localToday());
  await form.getByLabel('Muistiinpanot').fill(NOTE);
  await form.getByRole('button', { name: 'Lisää asiakas' }).click();
  await page.getByRole('link', { name: CODE, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(CODE) }).waitFor();
}

test('issue 14 #2: erase a client in the UI: leaves only a content-free tombstone in IndexedDB', async ({ browser, url }) => {
  const page = await newAppPage(browser, url);
  await serviceWithClient(page);
  const before = JSON.stringify(await dumpDatabase(page));
  assert.ok(before.includes(NOTE) && before.includes(CODE), 'the raw read sees the client before the erasure');

  await page.getByRole('button', { name: 'Poista asiakkaan tiedot' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Poista pysyvästi' });
  assert.equal(await confirm.isDisabled(), true);
  await dialog.getByLabel(/Vahvista kirjoittamalla asiakastunnus/).fill(CODE);
  await confirm.click();
  await page.getByRole('heading', { level: 1, name: 'Asiakkaat' }).waitFor();

  const after = await dumpDatabase(page);
  const text = JSON.stringify(after);
  assert.ok(!text.includes(CODE), 'the client code is gone from every table');
  assert.ok(!text.includes(NOTE), 'the note is gone from every table');
  assert.equal(after.clients.length, 1);
  assert.deepEqual(Object.keys(after.clients[0]).sort(), ['createdAt', 'deletedAt', 'id', 'serviceId', 'updatedAt']);
  assert.equal(after.phaseChanges.length, 0);
  assert.equal(after.assignments.length, 0);
  await assertClean(page);
});

test('issue 14 #2: erase everything (Delete everything on this device) empties IndexedDB, caches and localStorage, then starts fresh', async ({
  browser,
  url,
}) => {
  const page = await newAppPage(browser, url, { serviceWorker: true });
  await serviceWithClient(page);
  await waitForServiceWorker(page);
  const stored = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: (await caches.keys()).length,
    local: localStorage.length,
  }));
  assert.ok(stored.databases.includes('fidelio') && stored.caches > 0 && stored.local > 0, JSON.stringify(stored));

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Poista kaikki tiedot tältä laitteelta' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Vahvista kirjoittamalla POISTA').fill('poista');
  await dialog.getByRole('button', { name: 'Poista kaikki' }).click();
  await page.locator('[data-testid="wipe-screen"][data-phase="done"]').waitFor();

  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    local: localStorage.length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(left, { databases: [], caches: [], local: 0, workers: 0 });

  await page.getByRole('button', { name: 'Aloita alusta' }).click();
  // A fresh device: the first service can be created; no "your data was removed" recovery screen.
  await page.getByLabel('Palvelun nimi').waitFor();
  assert.equal(await page.getByText(CODE).count(), 0);
  assert.equal(await page.getByRole('heading', { name: /poistettu|removed/i }).count(), 0);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), ['fidelio']);
  await assertClean(page);
});
