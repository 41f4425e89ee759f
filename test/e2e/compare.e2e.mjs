// Issue 6, "Browser test": with the demo loaded, open the comparison, see 83 → 91 and the item
// changes, switch to the chart and its table, record the follow-up of a recommendation in a new
// review, see it in the comparison, and see the overview's next-review date. axe on every screen,
// screenshots at both tablet sizes, once in Finnish and once in English.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot } from './harness.mjs';
import { demoDayEn, demoDayFi, demoDueEn, demoDueFi, exactly } from './demo-dates.mjs';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

const TEXT = {
  fi: {
    loadDemo: 'Lataa esimerkkiaineisto',
    compareRounds: 'Vertaa arviointikierroksia',
    counts: '8 kohtaa parani · 16 kohtaa ennallaan · 1 kohta heikkeni',
    chart: 'Kaavio',
    table: 'Taulukko',
    order: 'Järjestys',
    reviewer1: 'Arvioija 1',
    createReview: 'Luo arviointi ja aloita pisteytys',
    followUpTitle: exactly(`Edellisen arvioinnin (${demoDayFi('2022-10-11')} – ${demoDayFi('2022-10-12')}) suositukset`),
    done: 'Toteutettu',
    note: 'Huomio toteutumisesta',
    noteText: 'Kontakteja nyt 4–5 viikossa, seuranta tiimipalaverissa',
    compared: 'Vertailtava arviointi',
    baseline: 'Lähtötason arviointi',
    inProgress: 'Kesken',
    overview: 'Yleiskatsaus',
    // Six months after the later demo review's last visit day (the demo lives in the present: about five months ahead).
    nextDue: demoDueFi(),
    overdue: /\d+ päivän kuluttua/,
  },
  en: {
    loadDemo: 'Load the demo',
    compareRounds: 'Compare rounds',
    counts: '8 items improved · 16 items unchanged · 1 item declined',
    chart: 'Chart',
    table: 'Table',
    order: 'Order',
    reviewer1: 'Reviewer 1',
    createReview: 'Create the review and start rating',
    followUpTitle: exactly(`Recommendations of the previous review (${demoDayEn('2022-10-11')} – ${demoDayEn('2022-10-12')})`),
    done: 'Done',
    note: 'Follow-up note',
    noteText: 'Now 4–5 contacts a week, followed up in the team meeting',
    compared: 'Compared review',
    baseline: 'Baseline review',
    inProgress: 'In progress',
    overview: 'Overview',
    nextDue: demoDueEn(),
    overdue: /Due in \d+ days/,
  },
};

/** axe and a screenshot at both tablet sizes (scrolled to `target` if given); ends at 1024×768. */
async function checkBothSizes(page, name, label, target) {
  for (const size of [...SIZES].reverse()) {
    await page.setViewportSize(size);
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    if (target) await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await checkA11y(page, `${label} (${size.width}x${size.height})`);
    await screenshot(page, `${name}-${size.width}x${size.height}`, { fullPage: false });
  }
}

function compareFlow(locale) {
  const t = TEXT[locale];
  test(
    `compare rounds in ${locale}: 83 → 91, chart and table, follow-up, overview`,
    async ({ browser, url }) => {
      const page = await newAppPage(browser, url, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
      await page.goto('/');
      await page.getByRole('button', { name: t.loadDemo }).click();
      await page.getByRole('link', { name: /Kätevä/ }).click();
      await page.getByRole('link', { name: t.compareRounds }).click();
      await page.waitForURL(/\/services\/[^/]+\/compare$/);

      // Totals and item changes of the default pair: the last two final reviews.
      await page.getByTestId('total-change').filter({ hasText: '83 → 91, +8' }).waitFor();
      assert.equal((await page.getByTestId('change-counts').textContent())?.trim(), t.counts);
      await page.getByLabel(t.order).selectOption('largest-drop');
      assert.equal(await page.locator('[data-testid="item-changes"] tbody tr').first().getAttribute('data-item'), 'organization-3');
      await page.getByLabel(t.order).selectOption('scale');
      await checkBothSizes(page, `compare-${locale}`, `comparison (${locale})`);

      // The item chart and back to its table; the trend chart and its table.
      const items = page.getByTestId('items-view');
      await items.getByRole('button', { name: t.chart }).click();
      await items.locator('.recharts-bar-rectangle').first().waitFor();
      assert.equal(await items.locator('.recharts-bar-rectangle').count(), 50);
      await page.getByRole('heading', { level: 2, name: /./ }).nth(1).scrollIntoViewIfNeeded();
      await checkA11y(page, `item chart (${locale})`);
      await items.scrollIntoViewIfNeeded();
      await screenshot(page, `compare-chart-${locale}-1024x768`, { fullPage: false });
      await items.getByRole('button', { name: t.table }).click();
      assert.equal(await page.locator('[data-testid="item-changes"] tbody tr').count(), 25);
      const trend = page.getByTestId('trend-view');
      await trend.locator('svg[role="img"]').waitFor();
      await trend.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.mouse.move(0, 0); // no tooltip left open by the last click
      await screenshot(page, `compare-trend-${locale}-1024x768`, { fullPage: false });
      await trend.getByRole('button', { name: t.table }).click();
      assert.deepEqual(await page.locator('[data-testid="trend-table"] tbody td:first-of-type').allTextContents(), ['83', '91']);

      // A new review shows the 2022 recommendations on their items; record one as done.
      await page
        .getByRole('link', { name: /Kätevä/ })
        .first()
        .click();
      await page.getByLabel(t.reviewer1).fill('Aino Arvioija');
      await page.getByRole('button', { name: t.createReview }).click();
      await page.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);
      const reviewUrl = page.url();
      await page.goto(reviewUrl.replace(/staffing-1$/, 'services-6'));
      const followUp = page.getByRole('region', { name: t.followUpTitle });
      // The radio shows what is stored, so it turns checked once the save has gone through.
      await followUp.getByRole('radio', { name: t.done, exact: true }).click();
      await followUp.locator('input[type="radio"]:checked').waitFor();
      assert.equal(await followUp.getByRole('radio', { name: t.done, exact: true }).isChecked(), true);
      await followUp.getByLabel(t.note).fill(t.noteText);
      await followUp.getByLabel(t.note).blur();
      await checkBothSizes(page, `follow-up-${locale}`, `follow-up on the scoring screen (${locale})`, followUp);

      // The comparison of 2022 with the new review shows the follow-up.
      await page.goBack();
      await page.goBack();
      await page.getByRole('link', { name: t.compareRounds }).click();
      const compared = page.getByLabel(t.compared);
      const newOption = await compared.locator('option', { hasText: t.inProgress }).getAttribute('value');
      await compared.selectOption(newOption);
      const baseline = page.getByLabel(t.baseline);
      // The later demo review (91 points): its year is this year, as is the new review's.
      await baseline.selectOption(await baseline.locator('option', { hasText: /\b91\b/ }).getAttribute('value'));
      const table = page.getByTestId('follow-up-table');
      await table.getByText(t.noteText).waitFor();
      assert.match((await page.getByTestId('follow-up-counts').textContent()) ?? '', new RegExp(`${t.done}: 1`));
      await checkA11y(page, `comparison with follow-up (${locale})`);

      // The overview: Kätevä's next review is due six months after the later demo visit.
      await page.getByRole('link', { name: t.overview }).click();
      const row = page.getByTestId('overview-row').filter({ hasText: 'Kätevä' });
      await row.waitFor();
      assert.equal((await row.getByTestId('next-due').textContent())?.trim(), t.nextDue);
      assert.match((await row.getByTestId('due-status').textContent()) ?? '', t.overdue);
      await checkBothSizes(page, `overview-${locale}`, `overview (${locale})`);
      await assertClean(page);
    },
    { timeoutMs: 180_000 },
  );
}

compareFlow('fi');
compareFlow('en');

test('compare rounds: the scoring screen never loads the charting library', async ({ browser, url }) => {
  // A page no earlier test used: a script still in its memory cache might never be fetched again.
  const page = await newAppPage(browser, url, { fresh: true });
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto('/');
  await page.getByRole('button', { name: TEXT.fi.loadDemo }).click();
  await page.getByRole('link', { name: /Kätevä/ }).click();
  await page.getByTestId('review-row').first().click();
  await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
  const bodies = await Promise.all(scripts.map(async (r) => ({ url: r.url(), text: await r.text() })));
  assert.ok(bodies.length > 0, 'scripts were loaded');
  const withCharts = bodies.filter((b) => b.text.includes('recharts-')).map((b) => b.url);
  assert.deepEqual(withCharts, [], 'no script of the scoring screen contains recharts');
  await assertClean(page);
});
