// Issue 17, team sync, browser tests: browser contexts are separate devices, against the team
// server (the built app and a CouchDB-protocol server under /couchdb/ on one origin), started here
// on 127.0.0.1 in memory and stopped in `finally`. The runner's own preview server is not used.
// The team server helpers are shared with sync-tabs.e2e.mjs.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test, newAppPage, assertClean, loadFactor, ROOT } from './harness.mjs';
import { startTeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';

const ADMIN = { name: 'admin', password: 'e2e-admin-salasana' };
export const KATEVA = crypto.randomUUID();
const MUU = crypto.randomUUID();
const today = () => new Date().toISOString().slice(0, 10);

export async function withTeam(fn) {
  const server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, dist: path.join(ROOT, 'dist'), admin: ADMIN });
  try {
    await setupTeam(
      server.couchUrl,
      {
        services: [
          { id: KATEVA, name: 'Kätevä' },
          { id: MUU, name: 'Muu palvelu' },
        ],
        users: [
          { name: 'anna', password: 'anna-salasana', services: { [KATEVA]: ['coach'] } },
          { name: 'liisa', password: 'liisa-salasana', services: { [KATEVA]: ['lead', 'coach'], [MUU]: ['lead'] } },
          { name: 'aino', password: 'aino-salasana', services: { [KATEVA]: ['reviewer'] } },
          { name: 'bertta', password: 'bertta-salasana', services: { [KATEVA]: ['reviewer'] } },
        ],
      },
      { admin: ADMIN },
    );
    await fn(server);
  } finally {
    await server.stop();
  }
}

/** Puts a record on the server as the admin, as the contract shapes it (the team's existing data). */
export async function putRecord(server, serviceId, table, fields) {
  const at = new Date().toISOString();
  const record = { id: crypto.randomUUID(), serviceId, createdAt: at, updatedAt: at, deletedAt: null, ...fields };
  const response = await fetch(`${server.couchUrl}/fidelio-service-${serviceId}/${table}:${record.id}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64'),
    },
    body: JSON.stringify({ table, schema: 1, record, owner: 'liisa' }),
  });
  assert.ok(response.ok, `seeding ${table}: ${response.status} ${await response.text()}`);
  return record;
}

export async function connect(page, user, password, services) {
  await page.goto('/settings/sync');
  await page.getByRole('heading', { level: 1, name: 'Tiimin synkronointi' }).waitFor();
  await page.getByLabel('Käyttäjätunnus').fill(user);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByText('Palvelut, jotka tämä laite pitää').waitFor();
  for (const [name, keep] of Object.entries(services)) await page.getByLabel(name).setChecked(keep);
  await page.getByRole('button', { name: 'Pidä valitut palvelut tällä laitteella' }).click();
  await page.getByText('Tiimin synkronointi on päällä').waitFor();
}

// PouchDB asks for its replication checkpoint before the first one exists (a 404 the browser
// logs), and requests fail while a device is offline: both are expected, nothing else is.
export const EXPECTED_ERRORS = [
  /Failed to load resource: the server responded with a status of 404 .*\/couchdb\/fidelio-service-[^/]+\/_local\//,
  /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
];

export const statusOf = (page) => page.locator('.sync-status [role=status]');

/** The serviceIds of every record of the synced tables in the device's IndexedDB. */
async function serviceIdsOnDevice(page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('fidelio');
    const idb = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const tables = ['services', 'staff', 'employers', 'employerContacts', 'clients'];
    const tx = idb.transaction(tables);
    const all = await Promise.all(
      tables.map((name) => new Promise((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve(e.target.result)))),
    );
    idb.close();
    return [...new Set(all.flat().map((record) => record.serviceId))];
  });
}

test(
  "team sync: coach logs a contact offline, the team leader's Team week shows it once online; no other service reaches her",
  async ({ browser }) => {
    await withTeam(async (server) => {
      const anna = await putRecord(server, KATEVA, 'staff', {
        name: 'Anna Aaltonen',
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      });
      await putRecord(server, KATEVA, 'employers', { name: 'Kahvila Ääni', sector: 'Ravintola', area: '', notes: '', mergedInto: null });
      await putRecord(server, MUU, 'staff', {
        name: 'Muun palvelun valmentaja',
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      });

      const coach = await newAppPage(browser, server.url);
      // A wrong password is refused in words.
      await coach.goto('/settings/sync');
      await coach.getByLabel('Käyttäjätunnus').fill('anna');
      await coach.getByLabel('Salasana').fill('väärä');
      await coach.getByRole('button', { name: 'Kirjaudu' }).click();
      await coach.getByRole('alert').filter({ hasText: 'Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.' }).waitFor();
      await connect(coach, 'anna', 'anna-salasana', { Kätevä: true });

      await coach.goto(`/services/${KATEVA}/contacts`);
      await coach.getByRole('heading', { level: 1, name: 'Oma viikko' }).waitFor();
      await statusOf(coach)
        .filter({ hasText: 'Synkronoitu' })
        .waitFor({ timeout: 20_000 * loadFactor() });
      await coach.getByLabel('Kuka olen').selectOption({ label: 'Anna Aaltonen' });

      const lead = await newAppPage(browser, server.url);
      await connect(lead, 'liisa', 'liisa-salasana', { Kätevä: true, 'Muu palvelu': false });
      await lead.goto(`/services/${KATEVA}/contacts/team`);
      const annaRow = lead.getByTestId('team-week-table').locator('tbody tr').filter({ hasText: anna.name });
      await annaRow.filter({ hasText: '0 / 6' }).waitFor({ timeout: 20_000 * loadFactor() });

      // Offline, the coach logs a contact: saved at once, waiting on her device.
      await coach.context().setOffline(true);
      const form = coach.getByRole('form', { name: 'Kirjaa kontakti' });
      await form.getByLabel('Päivämäärä').fill(today());
      await form.getByLabel('Työnantaja').selectOption({ label: 'Kahvila Ääni' });
      await form.getByRole('button', { name: 'Tallenna kontakti' }).click();
      await coach.getByTestId('my-week-count').filter({ hasText: 'Kasvokkaiset kontaktit: 1 / 6' }).waitFor();
      // Generous: with another browser test beside it on 2 cores, the offline status took over 20 s once.
      await statusOf(coach)
        .filter({ hasText: 'Ei yhteyttä' })
        .waitFor({ timeout: 45_000 * loadFactor() });
      assert.equal(await annaRow.filter({ hasText: '0 / 6' }).count(), 1, 'the lead sees nothing while the coach is offline');

      // Back online: the contact reaches the team leader's Team week within seconds.
      const backOnline = Date.now();
      await coach.context().setOffline(false);
      await annaRow.filter({ hasText: '1 / 6' }).waitFor({ timeout: 20_000 * loadFactor() });
      console.log(`    contact shown on the lead's device ${Date.now() - backOnline} ms after the coach came online`);
      await statusOf(coach)
        .filter({ hasText: 'Synkronoitu' })
        .waitFor({ timeout: 20_000 * loadFactor() });

      // Service B's records never reach a device signed in only to Kätevä (nor the lead who did not keep it).
      assert.deepEqual(await serviceIdsOnDevice(coach), [KATEVA]);
      assert.deepEqual(await serviceIdsOnDevice(lead), [KATEVA]);
      // The coach's deliberate wrong password is a 401 from /couchdb/_session, logged by the browser.
      await assertClean(coach, {
        allowConsoleErrors: [...EXPECTED_ERRORS, /status of 401 \(Unauthorized\) \(http:\/\/127\.0\.0\.1:\d+\/couchdb\/_session:/],
      });
      await assertClean(lead, { allowConsoleErrors: EXPECTED_ERRORS });
    });
  },
  { timeoutMs: 150_000 },
);

async function editClientNotes(page, notes) {
  await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
  await page.getByLabel('Muistiinpanot').fill(notes);
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.getByText(notes).waitFor();
}

test(
  'team sync: the same client edited offline on two devices appears in Conflicts with both versions and is resolved everywhere',
  async ({ browser }) => {
    await withTeam(async (server) => {
      await putRecord(server, KATEVA, 'staff', {
        name: 'Anna Aaltonen',
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      });
      const client = await putRecord(server, KATEVA, 'clients', {
        code: 'KÄT-001',
        referralDate: '2024-06-02',
        referralSource: 'default:employment-trial',
        startDate: null,
        notes: 'Alkuperäinen',
      });

      const devices = [];
      for (const [user, password] of [
        ['anna', 'anna-salasana'],
        ['liisa', 'liisa-salasana'],
      ]) {
        const page = await newAppPage(browser, server.url);
        await connect(page, user, password, { Kätevä: true, ...(user === 'liisa' ? { 'Muu palvelu': false } : {}) });
        await page.goto(`/clients/${client.id}`);
        await page.getByText('Alkuperäinen').waitFor({ timeout: 20_000 * loadFactor() });
        await statusOf(page)
          .filter({ hasText: 'Synkronoitu' })
          .waitFor({ timeout: 20_000 * loadFactor() });
        devices.push(page);
      }
      const [a, b] = devices;
      for (const page of devices) await page.context().setOffline(true);
      await editClientNotes(a, 'Annan versio');
      await editClientNotes(b, 'Liisan versio');
      for (const page of devices) await page.context().setOffline(false);

      // Both devices settle on the same winner; the other version is kept.
      // A device's state: its notes while its badge says "Synkronoitu", else null. The waits are on
      // the pages' own conditions (functions, as the app's CSP allows no eval): until both are in
      // sync, then, while they differ, until either changes.
      const stateOf = () => {
        const synced = (document.querySelector('.sync-status [role=status]')?.textContent ?? '').includes('Synkronoitu');
        return synced ? (document.querySelector('dd.pre-wrap')?.textContent ?? null) : null;
      };
      // A bound, not a pause: a device retries its replication with a back-off after coming online.
      const deadline = Date.now() + 60_000;
      const left = () => Math.max(1, deadline - Date.now());
      const inSync = (page) => page.waitForFunction(stateOf, null, { timeout: left() }).then((handle) => handle.jsonValue());
      const changed = (page, was) =>
        page.waitForFunction(
          (was) => {
            const synced = (document.querySelector('.sync-status [role=status]')?.textContent ?? '').includes('Synkronoitu');
            return (synced ? (document.querySelector('dd.pre-wrap')?.textContent ?? null) : null) !== was;
          },
          was,
          { timeout: left() },
        );
      let winner;
      for (;;) {
        const [na, nb] = await Promise.all([inSync(a), inSync(b)]).catch(() => []);
        if (na === undefined || na === nb) {
          winner = na;
          break;
        }
        const watching = [changed(a, na), changed(b, nb)];
        for (const wait of watching) wait.catch(() => {}); // the one that loses the race ends by itself
        if (
          !(await Promise.race(watching).then(
            () => true,
            () => false,
          ))
        )
          break;
      }
      assert.ok(['Annan versio', 'Liisan versio'].includes(winner), `both devices show one of the versions, got ${winner}`);
      const loser = winner === 'Annan versio' ? 'Liisan versio' : 'Annan versio';

      await a.goto('/sync/conflicts');
      const conflict = a.getByRole('region', { name: `Asiakas ${client.id}` });
      await conflict.waitFor({ timeout: 20_000 * loadFactor() });
      await conflict.getByText(winner).waitFor();
      await conflict.getByText(loser).waitFor();
      await conflict.getByText(/Muuttanut anna/).waitFor();
      await conflict.getByText(/Muuttanut liisa/).waitFor();
      await conflict.getByRole('button', { name: 'Säilytä versio 2' }).click();
      await a.getByText('Ei ristiriitoja.').waitFor({ timeout: 20_000 * loadFactor() });

      for (const page of devices) {
        await page.goto(`/clients/${client.id}`);
        await page
          .locator('dd.pre-wrap')
          .filter({ hasText: loser })
          .waitFor({ timeout: 20_000 * loadFactor() });
      }
      await b.goto('/sync/conflicts');
      await b.getByText('Ei ristiriitoja.').waitFor({ timeout: 20_000 * loadFactor() });
      for (const page of devices) await assertClean(page, { allowConsoleErrors: EXPECTED_ERRORS });
    });
  },
  { timeoutMs: 150_000 },
);

const ITEMS = [
  'staffing-1',
  'staffing-2',
  'staffing-3',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `organization-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) => `services-${n}`),
];
const scoreA = (itemId) => (itemId === 'services-10' ? 3 : 4);
const scoreB = (itemId) => ({ 'organization-2': 2, 'organization-7': 3, 'services-10': 3 })[itemId] ?? 4;

async function rateAll(page, score) {
  for (const itemId of ITEMS)
    await page
      .getByTestId(`my-item-${itemId}`)
      .locator('.score-picker-option')
      .nth(score(itemId) - 1)
      .click();
  await page.getByTestId('my-rated').filter({ hasText: '25/25' }).waitFor();
}

async function confirm(page, name) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

test(
  'team sync: two reviewers on two tablets rate blind and meet on the consensus screen with no file',
  async ({ browser }) => {
    await withTeam(async (server) => {
      const tabletA = await newAppPage(browser, server.url);
      await connect(tabletA, 'aino', 'aino-salasana', { Kätevä: true });
      await tabletA.goto(`/services/${KATEVA}`);
      await tabletA.getByLabel('Arvioija 1').fill('Aino Arvioija', { timeout: 20_000 * loadFactor() });
      await tabletA.getByLabel('Arvioija 2 (valinnainen)').fill('Bertta Arvioija');
      await tabletA.getByRole('button', { name: 'Luo arviointi ja aloita pisteytys' }).click();
      await tabletA.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);
      const reviewId = new URL(tabletA.url()).pathname.split('/')[2];
      await tabletA.getByTestId('consensus-link').click();
      await tabletA.getByRole('button', { name: 'Aloita pisteytys: Aino Arvioija' }).click();
      await tabletA.getByRole('heading', { level: 1, name: 'Omat pisteet: Aino Arvioija' }).waitFor();
      await rateAll(tabletA, scoreA);
      await confirm(tabletA, 'Merkitse pisteytykseni valmiiksi');
      await tabletA.getByText('Merkitsit pisteytyksesi valmiiksi').waitFor();

      // Tablet B receives the review through the server, not a file, and rates blind.
      const tabletB = await newAppPage(browser, server.url);
      await connect(tabletB, 'bertta', 'bertta-salasana', { Kätevä: true });
      await tabletB.goto(`/reviews/${reviewId}/reviewers`);
      await tabletB.getByRole('button', { name: 'Aloita pisteytys: Bertta Arvioija' }).click({ timeout: 20_000 * loadFactor() });
      await tabletB.getByRole('heading', { level: 1, name: 'Omat pisteet: Bertta Arvioija' }).waitFor();
      await rateAll(tabletB, scoreB);
      assert.equal(await tabletB.getByTestId('other-score').count(), 0, "blind: Aino's scores are on this tablet but hidden");
      await confirm(tabletB, 'Merkitse pisteytykseni valmiiksi');
      await tabletB
        .getByTestId('other-score')
        .nth(24)
        .waitFor({ timeout: 20_000 * loadFactor() });
      assert.equal(await tabletB.getByTestId('my-item-organization-2').getByTestId('other-score').textContent(), 'Aino Arvioija: 4');

      // Tablet A: Bertta's finished ratings arrive; the consensus screen has both sides.
      await tabletA
        .getByTestId('other-score')
        .nth(24)
        .waitFor({ timeout: 20_000 * loadFactor() });
      await tabletA.goto(`/reviews/${reviewId}/consensus`);
      const summary = tabletA.getByTestId('agreement-summary');
      await summary.waitFor();
      assert.equal((await summary.getByTestId('exact-agreement').textContent()).replace(/\s/g, ' '), '92 %');
      await assertClean(tabletA, { allowConsoleErrors: EXPECTED_ERRORS });
      await assertClean(tabletB, { allowConsoleErrors: EXPECTED_ERRORS });
    });
  },
  { timeoutMs: 180_000 },
);
