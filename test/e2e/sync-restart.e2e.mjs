// Issue 17, team sync, browser test: the team server is stopped in the middle of a coach's burst
// of changes and started again (same port, same data folder), and the team leader's device ends
// with exactly the coach's records — none lost, none twice. The server keeps its data in a
// temporary LevelDB folder so that it survives the restart; it is stopped in `finally`.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, newAppPage, assertClean, loadFactor, waitForServiceWorker, waitForAsyncCondition, ROOT } from './harness.mjs';
import { startTeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';

const ADMIN = { name: 'admin', password: 'e2e-admin-salasana' };
const KATEVA = crypto.randomUUID();
const CONTACTS = 40;
const STOP_AFTER = 20;
const today = () => new Date().toISOString().slice(0, 10);
const adminAuth = 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64');

async function putRecord(server, table, fields) {
  const at = new Date().toISOString();
  const record = { id: crypto.randomUUID(), serviceId: KATEVA, createdAt: at, updatedAt: at, deletedAt: null, ...fields };
  const response = await fetch(`${server.couchUrl}/fidelio-service-${KATEVA}/${table}:${record.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: adminAuth },
    body: JSON.stringify({ table, schema: 1, record, owner: 'liisa' }),
  });
  assert.ok(response.ok, `seeding ${table}: ${response.status} ${await response.text()}`);
  return record;
}

/** The server's documents of one table, with their conflicts (as the admin sees them). */
async function serverDocs(server, table) {
  const range = `startkey=${encodeURIComponent(JSON.stringify(`${table}:`))}&endkey=${encodeURIComponent(JSON.stringify(`${table}:\ufff0`))}`;
  const response = await fetch(`${server.couchUrl}/fidelio-service-${KATEVA}/_all_docs?include_docs=true&conflicts=true&${range}`, {
    headers: { authorization: adminAuth },
  });
  assert.ok(response.ok, `reading ${table}: ${response.status}`);
  return (await response.json()).rows.map((row) => row.doc);
}

async function connect(page, user, password) {
  await page.goto('/settings/sync');
  await page.getByLabel('Käyttäjätunnus').fill(user);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByText('Palvelut, jotka tämä laite pitää').waitFor();
  await page.getByLabel('Kätevä').setChecked(true);
  await page.getByRole('button', { name: 'Pidä valitut palvelut tällä laitteella' }).click();
  await page.getByText('Tiimin synkronointi on päällä').waitFor();
}

/** A table of the device's IndexedDB, read directly (what the app's screens are built from). */
function recordsOnDevice(page, table) {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('fidelio');
    const idb = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const rows = await new Promise(
      (resolve) => (idb.transaction(name).objectStore(name).getAll().onsuccess = (e) => resolve(e.target.result)),
    );
    idb.close();
    return rows;
  }, table);
}

const statusOf = (page) => page.locator('.sync-status [role=status]');

async function logContact(page, number) {
  const form = page.getByRole('form', { name: 'Kirjaa kontakti' });
  await form.getByLabel('Muistiinpanot').fill(`Kontakti ${String(number).padStart(2, '0')}`);
  await form.getByRole('button', { name: 'Tallenna kontakti' }).click();
  await page
    .getByTestId('my-week-count')
    .filter({ hasText: `Kasvokkaiset kontaktit: ${number} / 6` })
    .waitFor();
}

// Expected while the server is down or before a checkpoint exists: refused connections, the
// checkpoint's first 404, and the sync queue's own log of a step that failed for want of a server.
const EXPECTED_ERRORS = [
  /Failed to load resource: the server responded with a status of 404 .*\/couchdb\/fidelio-service-[^/]+\/_local\//,
  /Failed to load resource: net::ERR_CONNECTION_REFUSED/,
  /Failed to load resource: net::ERR_CONNECTION_RESET/,
  /Failed to load resource: net::ERR_EMPTY_RESPONSE/,
];

test(
  'team sync: the server stopped mid-sync and restarted loses and doubles nothing; replication resumes by itself',
  async ({ browser }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'fidelio-e2e-team-'));
    const options = { host: '127.0.0.1', dataDir, dist: path.join(ROOT, 'dist'), admin: ADMIN };
    let server = await startTeamServer({ ...options, port: 0 });
    const port = server.port;
    try {
      await setupTeam(
        server.couchUrl,
        {
          services: [{ id: KATEVA, name: 'Kätevä' }],
          users: [
            { name: 'anna', password: 'anna-salasana', services: { [KATEVA]: ['coach'] } },
            { name: 'liisa', password: 'liisa-salasana', services: { [KATEVA]: ['lead'] } },
          ],
        },
        { admin: ADMIN },
      );
      const anna = await putRecord(server, 'staff', {
        name: 'Anna Aaltonen',
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      });
      await putRecord(server, 'employers', { name: 'Kahvila Ääni', sector: 'Ravintola', area: '', notes: '', mergedInto: null });
      const client = await putRecord(server, 'clients', {
        code: 'KÄT-001',
        referralDate: '2024-06-02',
        referralSource: 'default:employment-trial',
        startDate: null,
        notes: 'Alkuperäinen',
      });

      const coach = await newAppPage(browser, server.url, { serviceWorker: true });
      await connect(coach, 'anna', 'anna-salasana');
      await waitForServiceWorker(coach);
      const lead = await newAppPage(browser, server.url);
      await connect(lead, 'liisa', 'liisa-salasana');
      await lead.goto(`/services/${KATEVA}/contacts/team`);
      await statusOf(lead)
        .filter({ hasText: 'Synkronoitu' })
        .waitFor({ timeout: 20_000 * loadFactor() });

      await coach.goto(`/services/${KATEVA}/contacts`);
      await statusOf(coach)
        .filter({ hasText: 'Synkronoitu' })
        .waitFor({ timeout: 20_000 * loadFactor() });
      await coach.getByLabel('Kuka olen').selectOption({ label: anna.name });
      const form = coach.getByRole('form', { name: 'Kirjaa kontakti' });
      await form.getByLabel('Päivämäärä').fill(today());
      await form.getByLabel('Työnantaja').selectOption({ label: 'Kahvila Ääni' });

      // The burst: half of it, then the server goes down while the coach keeps working.
      for (let n = 1; n <= STOP_AFTER; n += 1) await logContact(coach, n);
      const onServerAtStop = (await serverDocs(server, 'employerContacts')).length;
      await server.stop();
      console.log(`    server stopped with ${onServerAtStop} of the first ${STOP_AFTER} contacts on it`);
      for (let n = STOP_AFTER + 1; n <= CONTACTS; n += 1) await logContact(coach, n);
      // The status says so in words; the work is saved on the device meanwhile.
      await statusOf(coach)
        .filter({ hasText: 'Ei yhteyttä' })
        .waitFor({ timeout: 45_000 * loadFactor() });
      await statusOf(lead)
        .filter({ hasText: 'Ei yhteyttä' })
        .waitFor({ timeout: 45_000 * loadFactor() });

      // The client edit, on a page the service worker serves while the server is down.
      await coach.goto(`/clients/${client.id}`);
      await coach.getByRole('button', { name: 'Muokkaa', exact: true }).click();
      await coach.getByLabel('Muistiinpanot').fill('Muokattu palvelimen ollessa alhaalla');
      await coach.getByRole('button', { name: 'Tallenna', exact: true }).click();
      await coach.locator('dd.pre-wrap').filter({ hasText: 'Muokattu palvelimen ollessa alhaalla' }).waitFor();
      await statusOf(coach)
        .filter({ hasText: 'Ei yhteyttä' })
        .waitFor({ timeout: 45_000 * loadFactor() });

      // Back on the same port with the same folder: nobody reloads, signs in or toggles anything.
      server = await startTeamServer({ ...options, port });
      const restarted = Date.now();
      await statusOf(coach).filter({ hasText: 'Synkronoitu' }).waitFor({ timeout: 60_000 });
      await statusOf(lead).filter({ hasText: 'Synkronoitu' }).waitFor({ timeout: 60_000 });
      const leadClient = () => recordsOnDevice(lead, 'clients').then((rows) => rows.find((row) => row.id === client.id));
      const leadContacts = () => recordsOnDevice(lead, 'employerContacts');
      // Read in the lead's page until everything is there (bare IndexedDB, nothing of the app's code).
      const hasEverything = ({ clientId, contacts, notes }) =>
        new Promise((resolve) => {
          const open = indexedDB.open('fidelio');
          open.onsuccess = () => {
            const idb = open.result;
            const tx = idb.transaction(['clients', 'employerContacts']);
            const clients = tx.objectStore('clients').getAll();
            const count = tx.objectStore('employerContacts').count();
            tx.oncomplete = () => {
              idb.close();
              resolve(count.result >= contacts && clients.result.find((row) => row.id === clientId)?.notes === notes);
            };
          };
        });
      await waitForAsyncCondition(
        lead,
        hasEverything,
        { clientId: client.id, contacts: CONTACTS, notes: 'Muokattu palvelimen ollessa alhaalla' },
        { polling: 250, timeout: 60_000 },
      ).catch(async () => {
        assert.fail(`the lead's device has ${(await leadContacts()).length} of ${CONTACTS} contacts a minute after the restart`);
      });
      console.log(`    the lead's device had everything ${Date.now() - restarted} ms after the restart`);

      // Exactly the coach's records, on all three: each contact once, with its content.
      const expected = Array.from({ length: CONTACTS }, (_, i) => `Kontakti ${String(i + 1).padStart(2, '0')}`);
      for (const [where, rows] of [
        ['coach', await recordsOnDevice(coach, 'employerContacts')],
        ['lead', await leadContacts()],
        ['server', (await serverDocs(server, 'employerContacts')).map((doc) => doc.record)],
      ]) {
        assert.deepEqual(rows.map((row) => row.notes).sort(), expected, `${where}: every contact exactly once`);
        assert.equal(new Set(rows.map((row) => row.id)).size, CONTACTS, `${where}: no id twice`);
        assert.ok(
          rows.every((row) => row.staffId === anna.id && row.serviceId === KATEVA && row.mode === 'face-to-face' && row.date === today()),
          `${where}: content intact`,
        );
      }
      assert.ok(
        (await serverDocs(server, 'employerContacts')).every((doc) => !doc._conflicts),
        'no conflicts made by the restart',
      );
      const [serverClient] = (await serverDocs(server, 'clients')).filter((doc) => doc.record.id === client.id);
      assert.equal(serverClient.record.notes, 'Muokattu palvelimen ollessa alhaalla');
      assert.equal(serverClient._conflicts, undefined);
      assert.equal((await leadClient()).code, 'KÄT-001');
      await lead
        .getByTestId('team-week-table')
        .locator('tbody tr')
        .filter({ hasText: anna.name })
        .filter({ hasText: `${CONTACTS} / 6` })
        .waitFor({ timeout: 20_000 * loadFactor() });

      // The service worker (controlling this page) leaves the CouchDB API to the server: opening
      // /couchdb/ shows the server's answer, not the app's index.html (vite.config.ts navigateFallbackDenylist).
      assert.ok(
        await coach.evaluate(() => navigator.serviceWorker.controller !== null),
        'the coach page is controlled by the service worker',
      );
      await coach.goto('/couchdb/');
      const welcome = JSON.parse(await coach.locator('body').innerText());
      assert.match(
        String(welcome.couchdb ?? welcome['express-pouchdb']),
        /Welcome/,
        `the server's welcome, got ${JSON.stringify(welcome).slice(0, 80)}`,
      );

      // The coach's queue's log of failed steps is allowed only while the server was away.
      // …and the JSON page the browser opened asked for a favicon the API does not have.
      await assertClean(coach, { allowConsoleErrors: [...EXPECTED_ERRORS, /^Team sync step failed/, /status of 404 .*\/favicon\.ico/] });
      await assertClean(lead, { allowConsoleErrors: [...EXPECTED_ERRORS, /^Team sync step failed/] });
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 240_000 },
);
