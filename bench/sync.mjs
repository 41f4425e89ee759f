// The team-sync benchmark (issue 17), one measure of `npm run bench` (BENCH_ONLY=sync): the bench's
// largest service on a team server started here on 127.0.0.1 and stopped in `finally`, devices as
// separate browser contexts signed in through Settings → Team sync, as in test/e2e/sync.e2e.mjs.
// - restore: the service's records from a backup file through the app's restore (sync off);
// - first sync: the same records onto an empty device from the server;
// - change → other device's screen: a contact saved on device A until B's Team week counts it;
// - IndexedDB space, scoring tap and cold offline start: sync on (a synced device) versus off (the
//   restored device), same data, measured alternately so the shared machine's load hits both.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { waitForServiceWorker } from '../test/e2e/harness.mjs';
import { startTeamServer } from '../scripts/team-server/server.mjs';
import { setupTeam } from '../scripts/team-server/setup.mjs';
// The tables that travel, as the server accepts them (test/sync/synced-tables.test.ts ties the app's list to it).
import { SYNCED_TABLES } from '../scripts/team-server/validation.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// The record format the app writes (src/db/sync/synced-tables.ts, TypeScript the bench cannot import).
const RECORD_SCHEMA = Number(
  /export const RECORD_SCHEMA = (\d+);/.exec(readFileSync(path.join(ROOT, 'src/db/sync/synced-tables.ts'), 'utf8'))?.[1] ?? NaN,
);
if (!Number.isInteger(RECORD_SCHEMA)) throw new Error('RECORD_SCHEMA not found in src/db/sync/synced-tables.ts');
export const ADMIN = { name: 'admin', password: 'bench-admin-salasana' };
export const COACH = { name: 'valmentaja', password: 'valmentaja-salasana' };
export const LEAD = { name: 'tiiminvetaja', password: 'tiiminvetaja-salasana' };
const CHANGES = 20;
const today = () => new Date().toISOString().slice(0, 10);

/** The service with the most records, and a backup file holding only its records. */
export function largestService(backup) {
  const sizes = new Map();
  for (const records of Object.values(backup.data))
    for (const { serviceId } of records) sizes.set(serviceId, (sizes.get(serviceId) ?? 0) + 1);
  const [id, size] = [...sizes].sort((a, b) => b[1] - a[1])[0];
  const data = Object.fromEntries(
    Object.entries(backup.data).map(([table, records]) => [table, records.filter((r) => r.serviceId === id)]),
  );
  return { id, size, name: data.services[0].name, backup: { ...backup, data } };
}

/** Every record of the synced tables in the device's Dexie database, as stored. */
export const recordsOnDevice = (page) =>
  page.evaluate(async (tables) => {
    const open = indexedDB.open('fidelio');
    const idb = await new Promise(
      (resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))),
    );
    const names = tables.filter((name) => idb.objectStoreNames.contains(name));
    const tx = idb.transaction(names);
    const all = await Promise.all(
      names.map((name) => new Promise((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve([name, e.target.result])))),
    );
    idb.close();
    return all;
  }, SYNCED_TABLES);

/** Records in Dexie's synced tables and documents in the device's PouchDBs (without opening Dexie's schema). */
export const countsOnDevice = (page) =>
  page.evaluate(async (tables) => {
    const count = async (dbName, stores) => {
      const open = indexedDB.open(dbName);
      const idb = await new Promise(
        (resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))),
      );
      const names = stores.filter((name) => idb.objectStoreNames.contains(name));
      const tx = names.length ? idb.transaction(names) : null;
      const counts = await Promise.all(
        names.map((name) => new Promise((resolve) => (tx.objectStore(name).count().onsuccess = (e) => resolve(e.target.result)))),
      );
      idb.close();
      return counts.reduce((a, b) => a + b, 0);
    };
    const pouches = (await indexedDB.databases()).map((d) => d.name).filter((name) => name.startsWith('_pouch_'));
    let pouch = 0;
    for (const name of pouches) pouch += await count(name, ['document-store']);
    return { dexie: await count('fidelio', tables), pouch };
  }, SYNCED_TABLES);

/** Puts the records on the server in the app's push shape (src/db/sync/push.ts), as a member, through validation. */
export async function seedServer(server, serviceId, tables) {
  const auth = {
    'content-type': 'application/json',
    authorization: 'Basic ' + Buffer.from(`${COACH.name}:${COACH.password}`).toString('base64'),
  };
  const dbUrl = `${server.couchUrl}/fidelio-service-${serviceId}`;
  // team-setup made a services document of its own; the app's record replaces it as an edit would.
  const existing = await (await fetch(`${dbUrl}/services:${serviceId}`, { headers: auth })).json();
  const docs = tables.flatMap(([table, records]) =>
    records.map((record) => ({
      _id: `${table}:${record.id}`,
      ...(table === 'services' && existing._rev ? { _rev: existing._rev } : {}),
      table,
      schema: RECORD_SCHEMA,
      record,
      owner: COACH.name,
    })),
  );
  for (let at = 0; at < docs.length; at += 1000) {
    const response = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ docs: docs.slice(at, at + 1000) }),
    });
    const results = await response.json();
    const refused = Array.isArray(results) ? results.filter((r) => r.error) : [results];
    if (!response.ok || refused.length)
      throw new Error(`seeding the team server: ${response.status} ${JSON.stringify(refused.slice(0, 3))}`);
  }
  return docs.length;
}

const statusOf = (page) => page.locator('.sync-status [role=status]');

/** Signs the device in (Settings → Team sync) and times the first full sync until Dexie holds every record. */
export async function firstSync(page, user, serviceName, total) {
  await page.goto('/settings/sync');
  await page.getByLabel('Käyttäjätunnus').fill(user.name);
  await page.getByLabel('Salasana').fill(user.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByText('Palvelut, jotka tämä laite pitää').waitFor();
  await page.getByLabel(serviceName).setChecked(true);
  const started = Date.now();
  await page.getByRole('button', { name: 'Pidä valitut palvelut tällä laitteella' }).click();
  let replicated = null;
  let shown = started;
  for (;;) {
    const { dexie, pouch } = await countsOnDevice(page);
    if (Date.now() - shown > 15_000) {
      shown = Date.now();
      console.log(`    ${Math.round((shown - started) / 1000)} s: ${pouch} documents in PouchDB, ${dexie} records in Dexie`);
    }
    if (replicated === null && pouch >= total) replicated = Date.now() - started;
    if (dexie >= total) break;
    if (Date.now() - started > 900_000) throw new Error(`first sync not done in 15 min: ${dexie} / ${total} records`);
    await page.waitForTimeout(250);
  }
  const applied = Date.now() - started;
  console.log(`  first sync (${user.name}): all in the device's PouchDB ${replicated ?? '–'} ms, all in Dexie ${applied} ms`);
  const synced = await page
    .locator('.sync-status-line, .sync-status [role=status]')
    .filter({ hasText: 'Synkronoitu' })
    // The header's status and Settings' own line may both say so (a strict locator would refuse two).
    .first()
    .waitFor({ timeout: 120_000 })
    .then(() => Date.now() - started)
    .catch(
      async () =>
        `not within 120 s: "${await page
          .locator('.sync-status-line')
          .first()
          .textContent()
          .catch(() => 'no status')}"`,
    );
  console.log(
    `  first sync (${user.name}): ${applied} ms (all in the device's PouchDB ${replicated ?? '–'} ms, all in Dexie ${applied} ms, status "synced" ${synced} ms)`,
  );
  return applied;
}

/** From the tap on "Save contact" on device A until device B's Team week row counts it. */
async function changeToOtherScreen(a, b, staffName, count) {
  await b.evaluate(
    ([name, n]) => {
      window.__seenAt = null;
      // The row's name cell, then this week's count cell ("n / 6").
      const seen = () =>
        [...document.querySelectorAll('[data-testid=team-week-table] tbody tr')].some(
          (row) =>
            row.querySelector('th')?.textContent === name &&
            row.querySelector('td')?.textContent.replace(/\s+/g, ' ').startsWith(`${n} / `),
        );
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        window.__seenAt = Date.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    },
    [staffName, count],
  );
  const form = a.getByRole('form', { name: 'Kirjaa kontakti' });
  await form.getByLabel('Päivämäärä').fill(today());
  await form.getByLabel('Työnantaja').selectOption({ index: 1 });
  const save = form.getByRole('button', { name: 'Tallenna kontakti' });
  await save.waitFor();
  const tapped = await save.evaluate((button) => {
    const at = Date.now();
    button.click();
    return at;
  });
  await b
    .waitForFunction(() => window.__seenAt !== null, null, { timeout: 60_000, polling: 50 })
    .catch(async (error) => {
      const text = async (page, selector) =>
        (
          await page
            .locator(selector)
            .allTextContents()
            .catch(() => [])
        )
          .join(' | ')
          .replace(/\s+/g, ' ')
          .slice(0, 400);
      console.log(
        `  change ${count} not seen: A "${await text(a, '[data-testid=my-week-count], .sync-status, [role=alert]')}"; B "${await text(b, '.sync-status, [data-testid=team-week-table] tbody tr')}"`,
      );
      throw error;
    });
  const latency = (await b.evaluate(() => window.__seenAt)) - tapped;
  await a
    .getByTestId('my-week-count')
    .filter({ hasText: `Kasvokkaiset kontaktit: ${count} / 6` })
    .waitFor();
  // The next change starts once A has sent this one, so changes do not queue behind each other.
  await statusOf(a).filter({ hasText: 'Synkronoitu' }).waitFor({ timeout: 60_000 });
  return latency;
}

/** IndexedDB space of a device: Chromium's own figure (CDP) and the bytes of every key and value. */
async function storageOf(page) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usageBreakdown } = await cdp.send('Storage.getUsageAndQuota', { origin });
  const reported = usageBreakdown.find((entry) => entry.storageType === 'indexeddb')?.usage ?? NaN;
  const logical = await page.evaluate(async () => {
    const byDb = {};
    for (const { name } of await indexedDB.databases()) {
      const open = indexedDB.open(name);
      const idb = await new Promise(
        (resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))),
      );
      const names = [...idb.objectStoreNames];
      let bytes = 0;
      if (names.length) {
        const tx = idb.transaction(names);
        for (const store of names) {
          const [keys, values] = await Promise.all(
            ['getAllKeys', 'getAll'].map(
              (method) => new Promise((resolve) => (tx.objectStore(store)[method]().onsuccess = (e) => resolve(e.target.result))),
            ),
          );
          bytes += JSON.stringify(keys).length + JSON.stringify(values).length;
        }
      }
      idb.close();
      byDb[name.startsWith('_pouch_') ? 'pouchdb' : name] = (byDb[name.startsWith('_pouch_') ? 'pouchdb' : name] ?? 0) + bytes;
    }
    return byDb;
  });
  await cdp.detach();
  return { reported, logical };
}

async function openInProgressReview(page, serviceId) {
  await page.goto(`/services/${serviceId}`);
  await page
    .getByTestId('review-row')
    .filter({ hasText: /Kesken/ })
    .first()
    .click();
  await page.getByTestId('total-score').waitFor();
  return page.url();
}

async function coldStart(context, url) {
  const cold = await context.newPage();
  const cdp = await context.newCDPSession(cold);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = Date.now();
  await cold.goto(url);
  await cold.locator('.score-option').first().waitFor();
  const elapsed = Date.now() - started;
  await cold.close();
  return elapsed;
}

/**
 * @returns {Promise<{ restoreMs: number[], firstSyncMs: number[], changeMs: number[], storage: object, tapOffMs: number[], tapOnMs: number[], coldOffMs: number[], coldOnMs: number[], records: number }>}
 */
export async function measureSync(browser, { backup, work, runs, newPage, importThroughApp, scoringTap }) {
  const service = largestService(backup);
  const file = path.join(work, 'fidelio-bench-service.json');
  await writeFile(file, JSON.stringify(service.backup));
  const results = {
    restoreMs: [],
    firstSyncMs: [],
    changeMs: [],
    storage: null,
    tapOffMs: [],
    tapOnMs: [],
    coldOffMs: [],
    coldOnMs: [],
    records: service.size,
  };
  const server = await startTeamServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join(work, 'team-server'),
    dist: path.join(ROOT, 'dist'),
    admin: ADMIN,
  });
  try {
    await setupTeam(
      server.couchUrl,
      {
        services: [{ id: service.id, name: service.name }],
        users: [
          { ...COACH, services: { [service.id]: ['coach'] } },
          { ...LEAD, services: { [service.id]: ['lead', 'coach'] } },
        ],
      },
      { admin: ADMIN },
    );

    // Sync off: the service restored from its backup file (the last of them stays as the sync-off device).
    let off;
    for (let run = 0; run < Math.max(2, Math.min(runs, 3)); run += 1) {
      await off?.context().close();
      off = await newPage(browser, server.url);
      results.restoreMs.push(await importThroughApp(off, file));
    }
    const tables = await recordsOnDevice(off);
    const seededAt = Date.now();
    const total = await seedServer(server, service.id, tables);
    console.log(
      `  team server seeded with ${total} documents in the app's push shape in ${Date.now() - seededAt} ms (${service.name}, from the restored device's Dexie)`,
    );

    // Sync on: empty devices signed in; A (the coach) and B (the lead) stay for the change figures.
    const devices = [];
    for (const user of [COACH, LEAD, LEAD].slice(0, Math.max(2, Math.min(runs, 3)))) {
      const page = await newPage(browser, server.url);
      results.firstSyncMs.push(await firstSync(page, user, service.name, total));
      devices.push(page);
    }
    for (const extra of devices.splice(2)) await extra.context().close();
    const [a, b] = devices;

    const staffName = service.backup.data.staff[0].name;
    await b.goto(`/services/${service.id}/contacts/team`);
    await b.getByTestId('team-week-table').locator('tbody tr').filter({ hasText: staffName }).first().waitFor({ timeout: 60_000 });
    await a.goto(`/services/${service.id}/contacts`);
    await a.getByLabel('Kuka olen').selectOption({ label: staffName });
    for (let change = 1; change <= CHANGES; change += 1) results.changeMs.push(await changeToOtherScreen(a, b, staffName, change));
    console.log(`  change → other device's Team week: ${results.changeMs.join(', ')} ms`);
    await a.context().close();

    // The same records with sync on (B has the 20 new contacts too) and off.
    await statusOf(b).filter({ hasText: 'Synkronoitu' }).waitFor({ timeout: 60_000 });
    results.storage = { on: await storageOf(b), off: await storageOf(off) };
    console.log(`  IndexedDB with sync on: ${JSON.stringify(results.storage.on)}; off: ${JSON.stringify(results.storage.off)}`);
    // Chromium's figure (the ratio's) counts LevelDB as it stands, indexes and not yet compacted
    // writes included; the bytes of every key and value count neither, so both are shown.
    const logical = (side) => Object.values(results.storage[side].logical).reduce((a, b) => a + b, 0);
    console.log(
      `  IndexedDB sync on ÷ off: ${(results.storage.on.reported / results.storage.off.reported).toFixed(2)}× as Chromium reports it, ${(logical('on') / logical('off')).toFixed(2)}× in keys and values`,
    );

    const urls = { off: await openInProgressReview(off, service.id), on: await openInProgressReview(b, service.id) };
    for (let tap = 0; tap < runs * 4; tap += 1) {
      for (const [page, into] of [
        [off, results.tapOffMs],
        [b, results.tapOnMs],
      ]) {
        into.push(await scoringTap(page));
        await page.waitForTimeout(150);
      }
    }
    for (const page of [off, b]) {
      await waitForServiceWorker(page);
      await page.context().setOffline(true);
    }
    // Pairs, the order swapped every pair (the second start of a pair found the machine as the
    // first left it); at least 10 pairs: two runs' medians once pointed opposite ways.
    for (let run = 0; run < Math.max(10, runs * 2); run += 1) {
      const pair = [
        [off, urls.off, results.coldOffMs],
        [b, urls.on, results.coldOnMs],
      ];
      for (const [page, url, into] of run % 2 ? pair.reverse() : pair) into.push(await coldStart(page.context(), url));
    }
    const differences = results.coldOnMs.map((on, index) => on - results.coldOffMs[index]).sort((x, y) => x - y);
    console.log(`  cold offline start, sync off: ${results.coldOffMs.join(', ')} ms; on: ${results.coldOnMs.join(', ')} ms`);
    console.log(
      `  cold offline start, on − off per pair: ${differences.join(', ')} ms (median ${differences[Math.floor(differences.length / 2)]} ms)`,
    );
  } finally {
    await server.stop();
  }
  return results;
}
