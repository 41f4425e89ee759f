// Issue 16: an item of the scoring screen shows the 2008 scale's name (English) or the field's
// Finnish term, without the old "not yet checked" line, and the scoring screen leads to "About
// this scale" (versions, sources, each item's check, glossary). Screenshots of both, fi and en.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot } from './harness.mjs';

const TEXT = {
  fi: {
    name: 'Palvelun nimi',
    addService: 'Lisää palvelu',
    reviewer1: 'Arvioija 1',
    createReview: 'Luo arviointi ja aloita pisteytys',
    item: 'Ei poissulkukriteerejä',
    about: 'Tietoa asteikosta',
    glossary: 'Työllisyysalue',
    oldLine: /ei ole vielä tarkistettu/,
  },
  en: {
    name: 'Service name',
    addService: 'Add service',
    reviewer1: 'Reviewer 1',
    createReview: 'Create the review and start rating',
    item: 'Zero exclusion criteria',
    about: 'About this scale',
    glossary: 'Employment area (työllisyysalue)',
    oldLine: /not yet been checked/,
  },
};

for (const locale of ['fi', 'en']) {
  const t = TEXT[locale];
  test(
    `scale texts in ${locale}: an item with the scale's own title, and About this scale from the scoring screen`,
    async ({ browser, url }) => {
      const page = await newAppPage(browser, url, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
      await page.goto('/');
      await page.getByLabel(t.name).fill('Työvalmennus Asteikko');
      await page.getByRole('button', { name: t.addService }).click();
      await page.getByLabel(t.reviewer1).fill('Aino Arvioija');
      await page.getByRole('button', { name: t.createReview }).click();
      await page.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);

      await page.goto(page.url().replace(/staffing-1$/, 'organization-6'));
      await page.getByRole('heading', { name: t.item }).waitFor();
      assert.equal(await page.getByText(t.oldLine).count(), 0, 'the per-item "not checked" line is gone');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `scale-item-${locale}`, { fullPage: false });

      await page.getByTestId('scale-info-link').click();
      await page.getByRole('heading', { level: 1, name: t.about }).waitFor();
      await page.getByTestId('scale-check-services-14').waitFor();
      assert.match((await page.getByTestId('scale-check-organization-6').textContent()) ?? '', new RegExp(t.item));
      assert.match((await page.getByTestId('scale-glossary').textContent()) ?? '', new RegExp(t.glossary.replace(/[()]/g, '\\$&')));
      await checkA11y(page, `about this scale (${locale})`);
      await screenshot(page, `scale-about-${locale}`);
      await assertClean(page);
    },
    { timeoutMs: 120_000 },
  );
}
