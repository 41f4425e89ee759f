// Issue 18, Swedish (sv-FI): a browser set to Finland-Swedish starts in Swedish (html lang="sv"),
// the demo's scoring screen and its printed report read in Swedish with no text cut off or
// spilling out, and the CSV download has Swedish headers separated by semicolons (Excel in
// Finland-Swedish reads semicolons, as in Finnish). Screenshots review-sv-1024x768 and
// report-sv-768x1024 are the ones the README shows.
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { test, newAppPage, assertClean, checkA11y, screenshot, ROOT, SCREENSHOT_DIR } from './harness.mjs';
import { printToPng } from './flows.mjs';

/**
 * Texts that do not fit where they are shown: the page wider than the window, or an element that
 * hides what overflows it (overflow hidden or clip, e.g. an ellipsis) and has more than it shows.
 * Scroll containers (tables on a narrow screen) are meant to scroll and are left out.
 */
function overflowing(page) {
  return page.evaluate(() => {
    const found = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(`page ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      // Text for screen readers only is clipped to 1 px on purpose.
      if (style.display === 'none' || style.visibility === 'hidden' || element.clientWidth <= 1) continue;
      if (style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (hides && element.scrollWidth > element.clientWidth + 1 && element.textContent.trim()) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: "${element.textContent.trim().slice(0, 60)}"`);
      }
    }
    return found;
  });
}

test(
  'Swedish at 1024x768: sv-FI browser starts in Swedish, scoring screen of the demo',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { viewport: { width: 1024, height: 768 }, locale: 'sv-FI' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Fidelio' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');

    await page.getByRole('button', { name: 'Ladda demon' }).click();
    await page
      .getByRole('link', { name: /Kätevä/ })
      .first()
      .click();
    await page.getByTestId('review-total').nth(1).waitFor();
    assert.deepEqual(await page.getByTestId('review-total').allTextContents(), ['91 poäng', '83 poäng']);
    await page.getByTestId('review-row').first().click();
    await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
    assert.match(await page.getByTestId('band').first().textContent(), /måttlig/i);
    assert.match(await page.getByTestId('review-status').textContent(), /Färdig/);
    assert.ok(await page.getByRole('link', { name: 'Rapport' }).isVisible());
    await checkA11y(page, 'scoring screen (sv, 1024x768)');
    assert.deepEqual(await overflowing(page), [], 'nothing cut off or spilling out on the scoring screen');
    await screenshot(page, 'review-sv-1024x768', { fullPage: false });
    await assertClean(page);
  },
  { timeoutMs: 120_000 },
);

test(
  'Swedish at 768x1024: the demo report in Swedish and the CSV with Swedish headers and semicolons',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url, { viewport: { width: 768, height: 1024 }, locale: 'sv-FI' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Ladda demon' }).click();
    await page
      .getByRole('link', { name: /Kätevä/ })
      .first()
      .click();
    await page.getByTestId('review-row').first().click();
    await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
    await page.getByRole('link', { name: 'Rapport' }).click();

    await page.getByRole('heading', { level: 1, name: 'Rapport över IPS-kvalitetsbedömning' }).waitFor();
    assert.equal(await page.getByTestId('report').getAttribute('lang'), 'sv');
    assert.equal((await page.getByTestId('report-total').textContent()).trim(), '91');
    assert.match(await page.getByTestId('report-band').textContent(), /Måttlig metodtrohet/);
    assert.match(
      await page.getByTestId('report-line').textContent(),
      /17 poäng över gränsen 74 poäng\. En tjänst under 74 poäng är inte IPS-arbetsträning\./,
    );
    assert.match(await page.getByTestId('report-change-total').textContent(), /Totalpoäng 83 → 91 \(\+8\)\./);
    assert.equal(await page.getByTestId('report-item-row').count(), 25);
    assert.equal(await page.getByLabel('Rapportens språk').inputValue(), 'sv');
    // The longer Swedish menu still fits the header in one row on a portrait tablet.
    const headerHeight = await page.locator('.app-header').evaluate((header) => header.getBoundingClientRect().height);
    assert.ok(headerHeight < 60, `the header is one row, ${headerHeight}px high`);
    await checkA11y(page, 'report (sv, 768x1024)');
    assert.deepEqual(await overflowing(page), [], 'nothing cut off or spilling out on the report');
    // No service worker here (newAppPage's default), so no one-time "works offline now" note covers the report.
    await screenshot(page, 'report-sv-768x1024', { fullPage: false });
    // The printed report numbers its pages in Swedish and cites the items by the scale's codes.
    const { pages, text } = await printToPng(page, 'report-sv', path.join(ROOT, 'test-results', 'report-sv'));
    assert.ok(
      text.includes(`sida 1 / ${pages.length}`) && text.includes(`sida ${pages.length} / ${pages.length}`),
      'pages numbered in Swedish',
    );
    assert.match(text, /\bS1 +Antal klienter/);
    await copyFile(pages[0], path.join(SCREENSHOT_DIR, 'report-page1-sv.png'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner poängen (CSV)' }).click(),
    ]);
    const csv = (await readFile(await download.path())).subarray(3).toString('utf8');
    const { data: rows, errors } = Papa.parse(csv, { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(rows[0], ['Kod', 'Delområde', 'Nr', 'Punkt', 'Gemensam poäng', 'Observationer', 'Datakällor', 'Rekommendationer']);
    assert.equal(rows.length, 30, 'a header, 25 item rows, 3 section subtotals and the total');
    assert.deepEqual(rows[1].slice(0, 3), ['staffing-1', 'Personal', '1']);
    await assertClean(page);
  },
  { timeoutMs: 150_000 },
);
