// Team sync, browser test: two tabs of one device (two pages of one browser context share its
// IndexedDB) run one replication between them (a Web Lock, src/db/sync/sync-leader.ts). The team
// server is started here on 127.0.0.1 in memory and stopped in `finally` (sync.e2e.mjs's helpers).
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, loadFactor } from './harness.mjs';
import { connect, EXPECTED_ERRORS, KATEVA, putRecord, statusOf, withTeam } from './sync.e2e.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const REPLICATION = /\/couchdb\/fidelio-service-/;

/**
 * A tab's uncaught errors and console errors, as assertClean words them (harness.mjs), each after
 * the tab's name and the step the test was at (`step()`), so a failure says when it happened.
 */
function watchErrors(page, errors, tab, step) {
  page.on('pageerror', (error) => errors.push(`[${tab}, ${step()}] ${error.stack ?? String(error)}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location() ?? {};
    errors.push(`[${tab}, ${step()}] ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
}

/**
 * The device's Web Locks (navigator.locks.query), once they are as expected or the bound passed
 * (a bound, not a pause): how many tabs hold the sync lock and how many wait for it.
 */
const locksBecome = (page, expected) =>
  page.evaluate(
    async ({ expected, timeoutMs }) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { held, pending } = await navigator.locks.query();
        const state = { held: held.length, waiting: pending.length };
        if ((state.held === expected.held && state.waiting === expected.waiting) || Date.now() > deadline) return state;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    { expected, timeoutMs: 20_000 * loadFactor() },
  );

test(
  'team sync: two tabs of one device run one replication; the other tab’s contact reaches the team, it takes over when the first closes, and a sign-out in a third tab stops sync in all until a sign-in',
  async ({ browser }) => {
    await withTeam(async (server) => {
      await putRecord(server, KATEVA, 'staff', {
        name: 'Anna Aaltonen',
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      });
      await putRecord(server, KATEVA, 'employers', { name: 'Kahvila Ääni', sector: 'Ravintola', area: '', notes: '', mergedInto: null });

      const first = await newAppPage(browser, server.url);
      await connect(first, 'anna', 'anna-salasana', { Kätevä: true });
      await first.goto(`/services/${KATEVA}/contacts`);
      await statusOf(first)
        .filter({ hasText: 'Synkronoitu' })
        .waitFor({ timeout: 20_000 * loadFactor() });

      // A second tab of the same device: it shows the first tab's status and replicates nothing.
      const second = await first.context().newPage();
      const secondErrors = [];
      let step = 'two tabs';
      watchErrors(second, secondErrors, 'second tab', () => step);
      let secondReplicates = 0;
      second.on('request', (request) => REPLICATION.test(request.url()) && secondReplicates++);
      await second.goto(`/services/${KATEVA}/contacts`);
      await statusOf(second)
        .filter({ hasText: /Synkronoitu.*toinen ikkuna synkronoi/ })
        .waitFor();
      assert.deepEqual(await locksBecome(second, { held: 1, waiting: 1 }), { held: 1, waiting: 1 });

      const lead = await newAppPage(browser, server.url);
      await connect(lead, 'liisa', 'liisa-salasana', { Kätevä: true, 'Muu palvelu': false });
      await lead.goto(`/services/${KATEVA}/contacts/team`);
      const annaRow = lead.getByTestId('team-week-table').locator('tbody tr').filter({ hasText: 'Anna Aaltonen' });
      await annaRow.filter({ hasText: '0 / 6' }).waitFor({ timeout: 20_000 * loadFactor() });

      // A contact logged in the tab that does not sync reaches the team leader's device.
      await second.getByLabel('Kuka olen').selectOption({ label: 'Anna Aaltonen' });
      const form = second.getByRole('form', { name: 'Kirjaa kontakti' });
      await form.getByLabel('Päivämäärä').fill(today());
      await form.getByLabel('Työnantaja').selectOption({ label: 'Kahvila Ääni' });
      await form.getByRole('button', { name: 'Tallenna kontakti' }).click();
      await annaRow.filter({ hasText: '1 / 6' }).waitFor({ timeout: 20_000 * loadFactor() });
      assert.equal(secondReplicates, 0, 'the second tab sent no replication request while the first synced');

      // The first tab closes: the second takes over by itself and follows the team's changes.
      step = 'first tab closed';
      await first.close();
      await statusOf(second)
        .filter({ hasText: /^Synkronoitu(?!.*toinen ikkuna)/ })
        .waitFor({ timeout: 20_000 * loadFactor() });
      await putRecord(server, KATEVA, 'staff', { name: 'Bertil Berg', role: 'specialist', fte: 1, startDate: '2020-01-01', endDate: null });
      await second
        .getByLabel('Kuka olen')
        .locator('option', { hasText: 'Bertil Berg' })
        .waitFor({ state: 'attached', timeout: 20_000 * loadFactor() });
      assert.ok(secondReplicates > 0, 'the second tab replicates once it took over');

      // Signing out in a tab that does not sync (a third): sync stops in every tab, no lock is kept.
      const third = await second.context().newPage();
      step = 'third tab opened';
      watchErrors(third, secondErrors, 'third tab', () => step);
      await third.goto('/settings/sync');
      await statusOf(third).filter({ hasText: 'toinen ikkuna synkronoi' }).waitFor();
      await third.getByRole('button', { name: 'Kirjaudu ulos tiimipalvelimelta' }).click();
      await third.getByText('Kaikki tällä laitteella tehdyt muutokset ovat palvelimella.').waitFor();
      step = 'signing out in the third tab';
      await third.getByRole('button', { name: 'Kirjaudu ulos nyt' }).click();
      await third.getByText('Kirjauduttu ulos. Tämä laite ei enää synkronoi.').waitFor();
      step = 'signed out';
      await statusOf(second).waitFor({ state: 'detached' });
      assert.deepEqual(await locksBecome(second, { held: 0, waiting: 0 }), { held: 0, waiting: 0 });

      // Signing in again in the third tab: the second, open all along, waits to take over again.
      step = 'signing in again in the third tab';
      await connect(third, 'anna', 'anna-salasana', { Kätevä: true });
      await statusOf(second)
        .filter({ hasText: 'toinen ikkuna synkronoi' })
        .waitFor({ timeout: 20_000 * loadFactor() });
      assert.deepEqual(await locksBecome(second, { held: 1, waiting: 1 }), { held: 1, waiting: 1 });

      const unexpected = secondErrors.filter((text) => !EXPECTED_ERRORS.some((re) => re.test(text)));
      assert.deepEqual(unexpected, [], 'the second and third tabs logged no error');
      await assertClean(first, { allowConsoleErrors: EXPECTED_ERRORS });
      await assertClean(lead, { allowConsoleErrors: EXPECTED_ERRORS });
    });
  },
  { timeoutMs: 90_000 },
);
