// Issue 7, backup and restore of the whole device: one tablet with the demo is reminded, makes a
// backup (a real download), a second, empty tablet refuses a broken file with a message per
// problem, then restores the backup and shows the same services and totals. axe and screenshots
// at both tablet sizes, in Finnish and English.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, newAppPage, assertClean, checkA11y, screenshot } from './harness.mjs';

const TEXT = {
  fi: {
    loadDemo: 'Lataa esimerkkiaineisto',
    makeBackup: 'Tee varmuuskopio',
    download: 'Lataa varmuuskopio',
    fileLabel: 'Varmuuskopiotiedosto (.json)',
    replace: 'Korvaa laitteen tiedot',
    restore: 'Palauta',
    settings: 'Asetukset',
    never: 'Tällä laitteella ei ole vielä tehty varmuuskopiota.',
    lastAt: 'Viimeisin varmuuskopio:',
    done: /Palautus valmis: \d+ tietuetta/,
    problems: 'Tiedostossa on 2 ongelmaa.',
  },
  en: {
    loadDemo: 'Load the demo',
    makeBackup: 'Make a backup',
    download: 'Download backup',
    fileLabel: 'Backup file (.json)',
    replace: 'Replace the data on this device',
    restore: 'Restore',
    settings: 'Settings',
    never: 'No backup has been made on this device yet.',
    lastAt: 'Last backup:',
    done: /Restore complete: \d+ records/,
    problems: 'The file has 2 problems.',
  },
};

function backupRoundTrip(locale, viewport) {
  const t = TEXT[locale];
  const size = `${viewport.width}x${viewport.height}`;
  const browserLocale = locale === 'fi' ? 'fi-FI' : 'en-GB';
  test(
    `backup and restore in ${locale} at ${size}: reminder, download, bad file refused, restore on an empty tablet`,
    async ({ browser, url }) => {
      const tabletA = await newAppPage(browser, url, { viewport, locale: browserLocale });
      await tabletA.goto('/');
      await tabletA.getByRole('button', { name: t.loadDemo }).click();
      await tabletA.getByRole('link', { name: /Kätevä/ }).waitFor();
      const reminder = tabletA.getByTestId('backup-reminder');
      await reminder.waitFor();
      await checkA11y(tabletA, `service list with backup reminder (${locale}, ${size})`);
      await screenshot(tabletA, `backup-reminder-${locale}-${size}`, { fullPage: false });

      await tabletA.getByRole('link', { name: t.settings }).click();
      await tabletA.getByTestId('settings-last-backup').filter({ hasText: t.never }).waitFor();
      await reminder.waitFor({ state: 'detached' });
      await tabletA.goto('/backup');
      await tabletA.getByRole('heading', { level: 1 }).waitFor();
      const [download] = await Promise.all([tabletA.waitForEvent('download'), tabletA.getByRole('button', { name: t.download }).click()]);
      assert.match(download.suggestedFilename(), /^fidelio-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await readFile(await download.path());
      const backup = JSON.parse(file.toString('utf8'));
      assert.equal(backup.format, 'fidelio-backup');
      assert.equal(backup.version, 2);
      assert.equal(backup.data.reviews.length, 2);
      assert.equal(backup.data.ratings.length, 50);
      await tabletA.getByTestId('last-backup').filter({ hasText: t.lastAt }).waitFor();
      await checkA11y(tabletA, `backup screen after a backup (${locale}, ${size})`);
      await screenshot(tabletA, `backup-${locale}-${size}`, { fullPage: false });
      await tabletA.goto('/');
      await tabletA.getByRole('link', { name: /Kätevä/ }).waitFor();
      assert.equal(await reminder.count(), 0, 'no reminder right after a backup');
      await assertClean(tabletA);

      // Tablet B: an empty device. A broken file first, then the real backup.
      const tabletB = await newAppPage(browser, url, { viewport, locale: browserLocale });
      await tabletB.goto('/backup');
      const broken = structuredClone(backup);
      broken.data.services[0].name = '';
      broken.data.payments = [];
      await tabletB
        .getByLabel(t.fileLabel)
        .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
      const problems = tabletB.getByTestId('backup-problems');
      await problems.filter({ hasText: t.problems }).waitFor();
      assert.match(await problems.textContent(), /name/);
      assert.match(await problems.textContent(), /payments/);
      await checkA11y(tabletB, `backup screen with a refused file (${locale}, ${size})`);
      await screenshot(tabletB, `backup-refused-${locale}-${size}`);

      await tabletB
        .getByLabel(t.fileLabel)
        .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
      await tabletB.getByTestId('restore-preview').waitFor();
      await tabletB.getByRole('radio', { name: new RegExp(t.replace) }).check();
      await tabletB.getByTestId('restore-preview').waitFor();
      await checkA11y(tabletB, `restore preview (${locale}, ${size})`);
      await screenshot(tabletB, `backup-preview-${locale}-${size}`);
      await tabletB.getByRole('button', { name: t.restore, exact: true }).click();
      await tabletB.getByText(t.done).waitFor();

      await tabletB.goto('/');
      await tabletB.getByRole('link', { name: /Kätevä/ }).click();
      const totals = tabletB.getByTestId('review-total');
      await totals.nth(1).waitFor();
      assert.deepEqual(await totals.allTextContents(), locale === 'fi' ? ['91 pistettä', '83 pistettä'] : ['91 points', '83 points']);
      await assertClean(tabletB);
    },
    { timeoutMs: 150_000 },
  );
}

backupRoundTrip('fi', { width: 1024, height: 768 });
backupRoundTrip('en', { width: 768, height: 1024 });
