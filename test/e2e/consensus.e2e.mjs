// Issue 7, "Done when" (independent ratings and consensus): two browser contexts are two tablets.
// Tablet A (Finnish, 1024×768) creates a service and a two-reviewer review and sends its reviewer
// file; tablet B (English, 768×1024) refuses a broken file, imports the real one (which creates
// the review there), rates blind, finishes and sends its file back. A rates blind, imports B's
// file (twice: nothing changes), sees B's scores only after finishing, opens the consensus with
// the disagreements first and the agreement figures, sets the consensus and finalises.
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, newAppPage, assertClean, checkA11y, screenshot, ROOT, SCREENSHOT_DIR } from './harness.mjs';
import { printToPng } from './flows.mjs';

const ITEMS = [
  'staffing-1',
  'staffing-2',
  'staffing-3',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `organization-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) => `services-${n}`),
];
// A: 4 everywhere but services-10 (3). B: also 3 on services-10, 2 on organization-2 (two points
// apart) and 3 on organization-7 (one point apart). Exact 23/25 = 92 %, within one 24/25 = 96 %.
const scoreA = (itemId) => (itemId === 'services-10' ? 3 : 4);
const scoreB = (itemId) => ({ 'organization-2': 2, 'organization-7': 3, 'services-10': 3 })[itemId] ?? 4;

async function rateAll(page, score) {
  for (const itemId of ITEMS) {
    await page
      .getByTestId(`my-item-${itemId}`)
      .locator('.score-picker-option')
      .nth(score(itemId) - 1)
      .click();
  }
  await page.getByTestId('my-rated').filter({ hasText: '25/25' }).waitFor();
}

async function confirm(page, name) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  assert.match(file.suggestedFilename(), /^fidelio-review-\d{4}-\d{2}-\d{2}-reviewer-[12]\.json$/);
  return { name: file.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await file.path()) };
}

test(
  'consensus on two tablets: blind ratings, review files both ways, disagreements first, finalise',
  async ({ browser, url }) => {
    const tabletA = await newAppPage(browser, url, { viewport: { width: 1024, height: 768 }, locale: 'fi-FI' });
    await tabletA.goto('/');
    await tabletA.getByRole('heading', { level: 1 }).first().waitFor();
    await tabletA.getByLabel('Palvelun nimi').fill('Työvalmennus Kaksikko');
    await tabletA.getByLabel('Organisaatio').fill('Testin hyvinvointialue');
    await tabletA.getByRole('button', { name: 'Lisää palvelu' }).click();
    await tabletA.getByLabel('Arvioija 1').fill('Aino Arvioija');
    await tabletA.getByLabel('Arvioija 2 (valinnainen)').fill('Bertta Arvioija');
    await tabletA.getByRole('button', { name: 'Luo arviointi ja aloita pisteytys' }).click();
    await tabletA.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);
    const reviewId = new URL(tabletA.url()).pathname.split('/')[2];
    await tabletA.getByTestId('consensus-link').click();
    await tabletA.getByRole('button', { name: 'Aloita pisteytys: Aino Arvioija' }).click();
    await tabletA.getByRole('heading', { level: 1, name: 'Omat pisteet: Aino Arvioija' }).waitFor();
    const fileA = await download(tabletA, 'Lataa pisteeni tiedostona');

    // Tablet B: a broken file is refused with a message per problem, then A's file creates the review.
    const tabletB = await newAppPage(browser, url, { viewport: { width: 768, height: 1024 }, locale: 'en-GB' });
    await tabletB.goto('/');
    await tabletB.getByRole('link', { name: 'Import ratings' }).click();
    const broken = JSON.parse(fileA.buffer.toString('utf8'));
    broken.ratings[2].score = 9;
    delete broken.service;
    await tabletB.getByLabel("Reviewer's file (.json)").setInputFiles({ ...fileA, buffer: Buffer.from(JSON.stringify(broken)) });
    const problems = tabletB.getByTestId('review-file-problems');
    await problems.filter({ hasText: 'The file has 2 problems.' }).waitFor();
    assert.match(await problems.textContent(), /Ratings, record 3, field “score”: too large \(at most 5\)/);
    assert.match(await problems.textContent(), /no part “Service”/);
    await checkA11y(tabletB, 'review file refused (en, 768x1024)');
    await screenshot(tabletB, 'consensus-import-refused-en-768x1024');
    await tabletB.getByLabel("Reviewer's file (.json)").setInputFiles(fileA);
    await tabletB
      .getByTestId('review-file-done')
      .filter({ hasText: 'The service Työvalmennus Kaksikko and its review were created on this device.' })
      .waitFor();
    await tabletB.getByRole('link', { name: "Open the review's reviewers" }).click();
    await tabletB.waitForURL(`**/reviews/${reviewId}/reviewers`);
    await tabletB.getByRole('button', { name: 'Start rating as Bertta Arvioija' }).click();
    await tabletB.getByRole('heading', { level: 1, name: 'Own ratings: Bertta Arvioija' }).waitFor();
    await rateAll(tabletB, scoreB);
    await tabletB.getByTestId('my-item-organization-2').getByRole('textbox').fill('Yhteistyö hoitotiimin kanssa satunnaista.');
    assert.equal(await tabletB.getByTestId('other-score').count(), 0, 'blind: no scores of the other reviewer');
    await confirm(tabletB, 'Mark my rating finished');
    await tabletB.getByText('You marked your rating finished').waitFor();
    await tabletB.evaluate(() => window.scrollTo(0, 0));
    await checkA11y(tabletB, 'own ratings, finished (en, 768x1024)');
    await screenshot(tabletB, 'consensus-mine-en-768x1024', { fullPage: false });
    const fileB = await download(tabletB, 'Download my ratings as a file');
    await assertClean(tabletB);

    // Tablet A rates blind, imports B's file twice, and sees B's scores only after finishing.
    await rateAll(tabletA, scoreA);
    await tabletA.evaluate(() => window.scrollTo(0, 0));
    await checkA11y(tabletA, 'own ratings, rating (fi, 1024x768)');
    await screenshot(tabletA, 'consensus-mine-fi-1024x768', { fullPage: false });
    await tabletA.getByRole('link', { name: '← Arvioijat' }).click();
    const fileInput = tabletA.getByLabel('Arvioijan tiedosto (.json)');
    await fileInput.setInputFiles(fileB);
    await tabletA.getByTestId('review-file-done').filter({ hasText: '25 uutta, 0 päivitettyä, 0 ennallaan' }).waitFor();
    await fileInput.setInputFiles(fileB);
    await tabletA.getByTestId('review-file-done').filter({ hasText: 'olivat jo tällä laitteella. Mitään ei muutettu.' }).waitFor();
    // Issue 14 #6: an edited file is not taken silently: the change is listed (blind: without the
    // scores, as Aino has not finished) and asked about; cancelling changes nothing.
    const edited = JSON.parse(fileB.buffer.toString('utf8'));
    edited.ratings[0].score = edited.ratings[0].score === 5 ? 4 : 5;
    edited.ratings[0].updatedAt = new Date(Date.now() + 60_000).toISOString();
    await fileInput.setInputFiles({ ...fileB, buffer: Buffer.from(JSON.stringify(edited)) });
    const changes = tabletA.getByTestId('review-file-changes');
    await changes.filter({ hasText: 'Henkilöstö 1: pisteet muuttuneet' }).waitFor();
    assert.doesNotMatch(await changes.textContent(), /→/, 'blind: no scores in the preview');
    await checkA11y(tabletA, 'review file changes preview (fi, 1024x768)');
    await changes.getByRole('button', { name: 'Peruuta' }).click();
    await changes.waitFor({ state: 'detached' });
    await tabletA.getByTestId('reviewer-reviewer-2').getByTestId('reviewer-from-file').waitFor();
    await tabletA.getByTestId('reviewer-reviewer-2').filter({ hasText: 'Valmis' }).waitFor();
    await tabletA.getByRole('link', { name: 'Pisteytä: Aino Arvioija' }).click();
    await tabletA.getByTestId('my-rated').waitFor();
    assert.equal(await tabletA.getByTestId('other-score').count(), 0, 'blind until both have finished');
    await confirm(tabletA, 'Merkitse pisteytykseni valmiiksi');
    await tabletA.getByTestId('other-score').nth(24).waitFor();
    assert.equal(await tabletA.getByTestId('my-item-organization-2').getByTestId('other-score').textContent(), 'Bertta Arvioija: 2');

    // The consensus: disagreements first, figures, agreed scores, finalise.
    await tabletA.goto(`/reviews/${reviewId}/consensus`);
    const summary = tabletA.getByTestId('agreement-summary');
    await summary.waitFor();
    assert.equal((await summary.getByTestId('exact-agreement').textContent()).replace(/\s/g, ' '), '92 %');
    assert.equal((await summary.getByTestId('within-one-agreement').textContent()).replace(/\s/g, ' '), '96 %');
    const order = await tabletA.locator('.consensus-item').evaluateAll((items) => items.map((li) => li.dataset.testid));
    assert.deepEqual(order.slice(0, 2), ['consensus-organization-2', 'consensus-organization-7']);
    assert.match(
      await tabletA.getByTestId('consensus-organization-2').textContent(),
      /Ero 2 pistettä.*Yhteistyö hoitotiimin kanssa satunnaista/,
    );
    await checkA11y(tabletA, 'consensus screen (fi, 1024x768)');
    await screenshot(tabletA, 'consensus-fi-1024x768', { fullPage: false });
    await tabletA.getByTestId('consensus-organization-2').locator('.score-picker-option').nth(2).click();
    await tabletA.getByTestId('consensus-organization-7').locator('.score-picker-option').nth(3).click();
    await tabletA
      .getByTestId('consensus-organization-2')
      .getByRole('textbox')
      .fill('Sovittu: yhteistyö on säännöllistä mutta ei viikoittaista.');
    await tabletA.getByRole('button', { name: /Käytä yhteneviä pisteitä yhteisarviona \(23 kohtaa\)/ }).click();
    await tabletA.getByTestId('consensus-total').filter({ hasText: '98' }).waitFor();
    await tabletA.setViewportSize({ width: 768, height: 1024 });
    await checkA11y(tabletA, 'consensus screen, all agreed (fi, 768x1024)');
    await screenshot(tabletA, 'consensus-fi-768x1024', { fullPage: false });
    await confirm(tabletA, 'Merkitse valmiiksi');
    await tabletA.getByTestId('consensus-final').waitFor();

    await tabletA.getByRole('link', { name: 'Avaa arviointi' }).click();
    await tabletA.getByTestId('review-status').filter({ hasText: 'Valmis' }).waitFor();
    assert.equal((await tabletA.getByTestId('total-score').first().textContent()).trim(), '98');

    // The report of the agreed review, printed to A4 and looked at as a picture.
    await tabletA.getByRole('link', { name: 'Raportti' }).click();
    await tabletA.getByRole('heading', { level: 1 }).first().waitFor();
    const { pages, text } = await printToPng(tabletA, 'consensus-report-fi', path.join(ROOT, 'test-results', 'consensus-report'));
    assert.ok(pages.length >= 1, 'the report prints');
    assert.match(text, /98/);
    assert.match(text, /Bertta Arvioija/);
    await copyFile(pages[0], path.join(SCREENSHOT_DIR, 'consensus-report-page1-fi.png'));
    await assertClean(tabletA);
  },
  { timeoutMs: 240_000 },
);
