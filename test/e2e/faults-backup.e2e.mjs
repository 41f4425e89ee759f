// Fault 9 of ../shared/quality/reliability.md: a backup of a large caseload, the device wiped,
// the backup restored: every table exactly as it was.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, newAppPage, assertClean } from './harness.mjs';
import { dumpDatabase } from './idb-dump.mjs';
import { largeCaseloadBackup } from './large-caseload.mjs';

// Stores that stay on the device and are not in a backup (settings, the has-data marker…).
// Device-local stores (src/domain/transfer/backup-tables.ts): settings and markers, team sync's state.
const DEVICE_ONLY = ['meta', 'syncOutbox', 'syncRevs', 'syncState'];

/** Restores a backup file through the backup screen, in the given mode, and waits until done. */
async function restore(page, file, mode) {
  await page.goto('/backup');
  await page.getByLabel('Varmuuskopiotiedosto (.json)').setInputFiles(file);
  await page.getByTestId('restore-ready').or(page.getByTestId('backup-problems')).first().waitFor({ timeout: 120_000 });
  const problems = page.getByTestId('backup-problems');
  if (await problems.isVisible()) assert.fail(`the app refused the file: ${(await problems.textContent()).slice(0, 2_000)}`);
  const modeChoice = page.getByLabel(mode);
  if ((await modeChoice.count()) > 0) await modeChoice.check();
  await page.getByRole('button', { name: 'Palauta', exact: true }).click();
  await page.getByText(/Palautus valmis/).waitFor({ timeout: 180_000 });
}

const byId = (records) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const checksum = (records) =>
  createHash('sha256')
    .update(JSON.stringify(byId(records)))
    .digest('hex');

test(
  'fault 9: backup, wipe and restore of 500 clients and 10,000 notes gives every table back exactly',
  async ({ browser, url }) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fidelio-backup-'));
    try {
      const page = await newAppPage(browser, url);
      // The demo fills every kind of record (reviews, ratings, reviewers' own ratings, evidence…);
      // the large caseload is merged in through the same restore a user would use.
      await page.goto('/');
      await page.getByRole('button', { name: /Lataa esimerkkiaineisto/ }).click();
      await page
        .getByRole('link', { name: /Kätevä/ })
        .first()
        .waitFor();
      const generated = largeCaseloadBackup();
      await restore(
        page,
        { name: 'suuri.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generated)) },
        'Yhdistä laitteen tietoihin',
      );
      const before = await dumpDatabase(page);
      // Stored exactly as written in the file: every field, to the millisecond and the code point.
      for (const [table, records] of Object.entries(generated.data)) {
        const ids = new Set(records.map((r) => r.id));
        assert.deepEqual(byId(before[table].filter((r) => ids.has(r.id))), byId(records), `${table} as in the generated file`);
      }
      assert.ok(before.clients.length >= 500 && before.employerContacts.length >= 10_000, 'the large caseload is on the device');

      // Backup, as a user makes it.
      await page.goto('/backup');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Lataa varmuuskopio' }).click(),
      ]);
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const backup = JSON.parse(await readFile(file, 'utf8'));
      const tables = Object.keys(backup.data);
      assert.deepEqual(
        Object.keys(before).filter((store) => !tables.includes(store)),
        DEVICE_ONLY,
        'every store but the device-only ones is in the backup',
      );
      for (const table of tables) {
        assert.equal(checksum(backup.data[table]), checksum(before[table]), `${table} in the file equals the device's`);
      }

      // Wipe: the database and the has-data marker, from a page of the app's origin with no app.
      await page.goto('/robots.txt');
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            localStorage.clear();
            const request = indexedDB.deleteDatabase('fidelio');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error('deleting the database was blocked'));
          }),
      );
      await page.goto('/');
      await page.getByRole('heading', { name: 'Tervetuloa Fidelioon' }).waitFor();
      const wiped = await dumpDatabase(page);
      assert.deepEqual(
        tables.filter((table) => (wiped[table]?.length ?? 0) > 0 && table !== 'scales'),
        [],
        'nothing left after the wipe (the built-in scale apart)',
      );

      await restore(page, file, 'Korvaa laitteen tiedot');
      const after = await dumpDatabase(page);
      for (const table of tables) {
        assert.equal(after[table].length, before[table].length, `${table}: record count`);
        assert.deepEqual(byId(after[table]), byId(before[table]), `${table}: records, ids, timestamps and text`);
      }
      await page.goto('/');
      await page.getByRole('link', { name: /Suuri palvelu – Stor tjänst/ }).waitFor();
      // The wipe's plain text page has no icon link, so the browser asks for /favicon.ico.
      await assertClean(page, { allowConsoleErrors: [/favicon\.ico/] });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
  { timeoutMs: 420_000 },
);
