// Issue 2, "Done when": a new user creates a service and a review, rates all 25 items with a
// note, sees the total and band change, finalises, reloads, goes offline — at both tablet sizes,
// once in Finnish and once in English — with axe checks and screenshots on the way.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot, waitForServiceWorker } from './harness.mjs';

const TEXT = {
  fi: {
    serviceName: 'Työvalmennuspalvelu Testilä',
    name: 'Palvelun nimi',
    organisation: 'Organisaatio',
    addService: 'Lisää palvelu',
    reviewer1: 'Arvioija 1',
    createReview: 'Luo arviointi ja aloita pisteytys',
    notes: 'Havainnot ja perustelut',
    next: 'Seuraava kohta →',
    finalise: 'Merkitse valmiiksi',
    final: 'Valmis',
    provisional: 'alustava',
    projection: 'Tällä keskiarvolla yhteensä olisi 100',
    fair: 'kohtalainen',
    settings: 'Asetukset',
  },
  en: {
    serviceName: 'Testville Job Coaching',
    name: 'Service name',
    organisation: 'Organisation',
    addService: 'Add service',
    reviewer1: 'Reviewer 1',
    createReview: 'Create the review and start rating',
    notes: 'Observations and reasons',
    next: 'Next item →',
    finalise: 'Finalise',
    final: 'Final',
    provisional: 'provisional',
    projection: 'At this mean the total would be 100',
    fair: 'fair',
    settings: 'Settings',
  },
};

// 20 items at 4 and 5 at 3: 95 points, "fair".
const scoreFor = (index) => (index < 20 ? 4 : 3);
const EXPECTED_TOTAL = 95;

async function text(page, testId) {
  return (await page.getByTestId(testId).first().textContent())?.trim();
}

function reviewFlow(locale, viewport) {
  const t = TEXT[locale];
  const size = `${viewport.width}x${viewport.height}`;
  test(
    `review flow in ${locale} at ${size}: create, rate 25, finalise, reload, offline`,
    async ({ browser, url }) => {
      const page = await newAppPage(browser, url, { viewport, locale: locale === 'fi' ? 'fi-FI' : 'en-GB', serviceWorker: true });
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await checkA11y(page, `empty service list (${locale}, ${size})`);
      await screenshot(page, `services-empty-${locale}-${size}`, { fullPage: false });

      await page.getByLabel(t.name).fill(t.serviceName);
      await page.getByLabel(t.organisation).fill('Testin hyvinvointialue');
      await page.getByRole('button', { name: t.addService }).click();
      await page.getByRole('heading', { level: 1, name: t.serviceName }).waitFor();

      await page.getByLabel(t.reviewer1).fill('Aino Arvioija');
      await page.getByRole('button', { name: t.createReview }).click();
      await page.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);
      assert.equal(await text(page, 'total-score'), '0');

      for (let index = 0; index < 25; index += 1) {
        const score = scoreFor(index);
        await page
          .locator('.score-option')
          .nth(score - 1)
          .click();
        await page.getByLabel(t.notes).fill(`Havainto ${index + 1}: asiakirjat ja haastattelut`);
        const expectedRated = `${index + 1}/25`;
        await page.getByTestId('rated-count').filter({ hasText: expectedRated }).waitFor();
        if (index === 0) {
          assert.equal(await text(page, 'total-score'), '4');
          // No verdict on one item (issue 15): the band waits for all 25, the strip projects neutrally.
          assert.equal(await page.getByTestId('band').count(), 0);
          assert.match(await text(page, 'projection'), new RegExp(t.projection));
          await checkA11y(page, `scoring screen (${locale}, ${size})`);
          await page.evaluate(() => {
            document.activeElement?.blur();
            window.scrollTo(0, 0);
          });
          await screenshot(page, `review-${locale}-${size}`, { fullPage: false });
        }
        if (index < 24) await page.getByRole('link', { name: t.next }).click();
      }
      assert.equal(await text(page, 'total-score'), String(EXPECTED_TOTAL));
      const band = await text(page, 'band');
      assert.match(band, new RegExp(t.fair));
      assert.doesNotMatch(band, new RegExp(t.provisional), 'band is final once all 25 are rated');

      await page.getByRole('button', { name: t.finalise }).click();
      const dialog = page.getByRole('dialog');
      await checkA11y(page, `finalise dialog (${locale}, ${size})`);
      await dialog.getByRole('button', { name: t.finalise }).click();
      await page.getByTestId('review-status').filter({ hasText: t.final }).waitFor();

      // Reload: everything is still there, including the last note typed.
      await page.reload();
      await page.getByTestId('review-status').filter({ hasText: t.final }).waitFor();
      assert.equal(await text(page, 'total-score'), String(EXPECTED_TOTAL));
      assert.equal(await page.getByLabel(t.notes).inputValue(), 'Havainto 25: asiakirjat ja haastattelut');

      // Offline after the first load: the same review still opens from the service worker.
      await waitForServiceWorker(page);
      const reviewUrl = page.url();
      await page.context().setOffline(true);
      await page.goto(reviewUrl.replace(/items\/.*$/, 'items/staffing-1'));
      await page
        .getByTestId('total-score')
        .filter({ hasText: String(EXPECTED_TOTAL) })
        .waitFor();
      assert.equal(await page.getByLabel(t.notes).inputValue(), 'Havainto 1: asiakirjat ja haastattelut');
      await page.goto('/');
      await page.getByRole('link', { name: new RegExp(t.serviceName) }).waitFor();
      await checkA11y(page, `service list (${locale}, ${size})`);
      await screenshot(page, `services-${locale}-${size}`, { fullPage: false });
      await page.getByRole('link', { name: t.settings }).click();
      await page.getByRole('heading', { level: 1, name: t.settings }).waitFor();
      await checkA11y(page, `settings (${locale}, ${size})`);
      await screenshot(page, `settings-${locale}-${size}`, { fullPage: false });
      await page.context().setOffline(false);
      await assertClean(page);
    },
    { timeoutMs: 180_000 },
  );
}

reviewFlow('fi', { width: 1024, height: 768 });
reviewFlow('en', { width: 768, height: 1024 });

test(
  'the demo shows two final reviews of 83 and 91 points, band fair',
  async ({ browser, url }) => {
    for (const [locale, viewport] of [
      ['fi', { width: 768, height: 1024 }],
      ['en', { width: 1024, height: 768 }],
    ]) {
      const page = await newAppPage(browser, url, { viewport, locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
      await page.goto('/');
      await page.getByRole('button', { name: locale === 'fi' ? 'Lataa esimerkkiaineisto' : 'Load the demo' }).click();
      await page.getByRole('link', { name: /Kätevä/ }).click();
      const totals = page.getByTestId('review-total');
      await totals.nth(1).waitFor();
      assert.deepEqual(await totals.allTextContents(), locale === 'fi' ? ['91 pistettä', '83 pistettä'] : ['91 points', '83 points']);
      const bands = await page.locator('[data-testid="review-row"] .band-badge').allTextContents();
      assert.deepEqual(bands, locale === 'fi' ? ['kohtalainen', 'kohtalainen'] : ['fair', 'fair']);
      await checkA11y(page, `service page with demo (${locale})`);
      const size = `${viewport.width}x${viewport.height}`;
      await screenshot(page, `service-demo-${locale}-${size}`, { fullPage: false });

      await page.getByTestId('review-row').first().click();
      await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
      await checkA11y(page, `final demo review (${locale})`);
      await screenshot(page, `review-demo-${locale}-${size}`, { fullPage: false });
      await assertClean(page);
    }
  },
  { timeoutMs: 120_000 },
);
