// Issue 5, "Browser test": with the demo's tracked data loaded, open a review, see the six evidence
// panels with the expected numbers, open the list behind one, apply a suggestion, finalise, change
// the tracked data, and see the finalised review still show the snapshot. axe on the panel and its
// list, screenshots at both tablet sizes.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot, waitForServiceWorker } from './harness.mjs';
import { openDemoReview, reopenReview } from './flows.mjs';
import { demoDay, demoDayFi, exactly } from './demo-dates.mjs';

// What the demo's tracked data says for the 2022 review (11.10.2021 – 10.10.2022), in Finnish.
const FIGURES = {
  'staffing-1': ['Asiakasmäärä 18,3 asiakasta henkilötyövuotta kohden', 'Perustuu 88 asiakkaaseen', '5'],
  'services-4': [
    'Ensimmäinen työnantajakontakti keskimäärin 42 päivää aloituksesta',
    'Perustuu 63 jakson aikana aloittaneeseen asiakkaaseen',
    '4',
  ],
  'services-6': ['4,2 kasvokkaista työnantajakontaktia viikossa työhönvalmentajaa kohden', 'Perustuu 5 työhönvalmentajaan', '3'],
  'services-8': ['Eri tehtävätyyppejä 77,4 % töistä', 'Perustuu 31 jakson aikana alkaneeseen työhön', '4'],
  'services-9': ['Eri työnantajia 80,6 % töistä', 'Perustuu 31 jakson aikana alkaneeseen työhön', '4'],
  'services-10': [
    'Avoimilla työmarkkinoilla 83,3 % jakson viimeisenä päivänä voimassa olleista töistä',
    'Perustuu 30 jakson viimeisenä päivänä voimassa olleeseen työhön',
    '3',
  ],
};

async function openItem(page, reviewId, itemId) {
  await page.goto(`/reviews/${reviewId}/items/${itemId}`);
  await page.getByTestId('evidence-panel').waitFor();
}

const figureOf = (page, itemId) => page.getByTestId(`evidence-figure-${itemId}`).textContent();

test('evidence in fi: six panels from the demo’s tracked data, the list behind one, apply, finalise, change the data, snapshot kept', async ({
  browser,
  url,
}) => {
  const page = await newAppPage(browser, url);
  await openDemoReview(page);
  const reviewId = page.url().match(/\/reviews\/([^/]+)/)[1];
  const serviceHref = await page.locator('a.back-link').first().getAttribute('href');

  // The final demo review shows the figures stored when it was finalised.
  await openItem(page, reviewId, 'staffing-1');
  await page.getByTestId('evidence-snapshot-note').waitFor();
  assert.equal(await figureOf(page, 'staffing-1'), FIGURES['staffing-1'][0]);

  // Reopened, it computes from the tracked data: all six panels with the expected numbers.
  await reopenReview(page);
  for (const [itemId, [figure, basis, suggested]] of Object.entries(FIGURES)) {
    await openItem(page, reviewId, itemId);
    assert.equal(await figureOf(page, itemId), figure, itemId);
    assert.match(await page.getByTestId(`evidence-basis-${itemId}`).textContent(), new RegExp(basis), itemId);
    assert.match(await page.getByTestId('evidence-suggested').textContent(), new RegExp(`${suggested}$`), itemId);
    assert.match(
      await page.getByTestId('evidence-period').textContent(),
      exactly(`${demoDayFi('2021-10-11')} – ${demoDayFi('2022-10-10')} (12 kuukautta ennen arviointikäyntiä)`),
    );
    assert.equal(await page.getByTestId(`evidence-thin-${itemId}`).count(), 0, `${itemId} rests on enough data`);
  }

  // The list behind the caseload figure: the 88 clients active on the period's last day.
  await openItem(page, reviewId, 'staffing-1');
  await page.getByText('Näytä luvun taustalla olevat 88 tietoa').click();
  const records = page.getByTestId('evidence-records-staffing-1');
  await records.waitFor();
  assert.equal(await records.locator('tbody tr').count(), 88);
  await checkA11y(page, 'evidence panel with its list (fi, 1024x768)');
  await page.getByTestId('evidence-panel').scrollIntoViewIfNeeded();
  await screenshot(page, 'evidence-list-fi-1024x768', { fullPage: false });

  // services-6: a score picked by hand differs from the suggestion; one tap applies it.
  await openItem(page, reviewId, 'services-6');
  await page.locator('.score-option').nth(1).click();
  await page.getByTestId('evidence-followed').filter({ hasText: 'Pistemäärä 2 poikkeaa ehdotuksesta 3' }).waitFor();
  await page.getByRole('button', { name: 'Käytä ehdotettua pistemäärää 3' }).click();
  await page.getByTestId('evidence-followed').filter({ hasText: 'Pistemäärä noudattaa ehdotusta.' }).waitFor();
  assert.equal(await page.locator('.score-option input').nth(2).isChecked(), true);
  await page.setViewportSize({ width: 768, height: 1024 });
  await checkA11y(page, 'evidence panel (fi, 768x1024)');
  await page.getByTestId('evidence-panel').scrollIntoViewIfNeeded();
  await screenshot(page, 'evidence-panel-fi-768x1024', { fullPage: false });
  await page.setViewportSize({ width: 1024, height: 768 });

  // Finalise: the figures are stored with the review.
  await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Merkitse valmiiksi' }).click();
  await page.getByTestId('review-status').filter({ hasText: 'Valmis' }).waitFor();

  // Change the tracked data: a city employment placement (not competitive) for a client in September 2022.
  await page.goto(`${serviceHref}/clients`);
  await page.getByTestId('client-table').waitFor();
  await page.getByTestId('client-table').getByRole('link').first().click();
  await page.getByLabel('Työnantaja', { exact: true }).fill('Jyväskylän kaupunki');
  await page.getByRole('button', { name: 'Lisää uusi työnantaja: Jyväskylän kaupunki' }).click();
  await page.getByLabel('Tehtävä', { exact: true }).fill('Kiinteistöapulainen');
  await page.getByLabel('Työn tyyppi tai ala').fill('kiinteistönhoito');
  await page.getByLabel('Alkoi').fill(demoDay('2022-09-01'));
  // Open to anyone, usual pay, not reserved — but time-limited by the programme: not competitive.
  for (let i = 0; i < 3; i += 1) await page.getByRole('radio', { name: 'kyllä', exact: true }).nth(i).check();
  await page.getByRole('radio', { name: 'ei', exact: true }).nth(3).check();
  await page.getByRole('button', { name: 'Lisää työsuhde' }).click();
  await page.getByTestId('job-table').getByRole('rowheader', { name: 'Jyväskylän kaupunki' }).waitFor();

  // The finalised review still shows what the data said when it was finalised.
  await openItem(page, reviewId, 'services-10');
  await page.getByTestId('evidence-snapshot-note').waitFor();
  assert.equal(await figureOf(page, 'services-10'), FIGURES['services-10'][0]);
  assert.match(await page.getByTestId('evidence-followed').textContent(), /Pistemäärä noudattaa ehdotusta/);
  await screenshot(page, 'evidence-snapshot-fi-1024x768', { fullPage: false });

  // Comparing the two demo rounds shows what the data said at each review.
  await page.goto(`${serviceHref}/compare`);
  const comparison = page.getByTestId('evidence-comparison');
  await comparison.waitFor();
  const comparisonText = await comparison.textContent();
  assert.match(comparisonText, /Asiakasmäärä 16,6 asiakasta henkilötyövuotta kohden/);
  assert.match(comparisonText, /Asiakasmäärä 18,3 asiakasta henkilötyövuotta kohden/);
  assert.match(comparisonText, /niukka aineisto/, 'the 2021 contact log began in June 2021');
  await checkA11y(page, 'evidence in the comparison (fi, 1024x768)');
  await comparison.scrollIntoViewIfNeeded();
  await screenshot(page, 'evidence-compare-fi-1024x768', { fullPage: false });

  // …while the records now say otherwise: reopened, the live figure counts the new job.
  await openItem(page, reviewId, 'services-10');
  await reopenReview(page);
  await page
    .getByTestId('evidence-figure-services-10')
    .filter({ hasText: 'Avoimilla työmarkkinoilla 80,6 % jakson viimeisenä päivänä voimassa olleista töistä' })
    .waitFor();
  await assertClean(page);
});

test('evidence in en at 768x1024, offline: the final demo review shows its stored figures in English', async ({ browser, url }) => {
  const page = await newAppPage(browser, url, { viewport: { width: 768, height: 1024 }, locale: 'en-GB', serviceWorker: true });
  await openDemoReview(page);
  const reviewId = page.url().match(/\/reviews\/([^/]+)/)[1];
  // Offline after the first load: the panel's code and messages come from the service worker's cache.
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await openItem(page, reviewId, 'services-6');
  assert.equal(await figureOf(page, 'services-6'), '4.2 face-to-face employer contacts per specialist per week');
  assert.match(await page.getByTestId('evidence-basis-services-6').textContent(), /Rests on 5 employment specialists/);
  assert.match(await page.getByTestId('evidence-suggested').textContent(), /Suggested score: 3/);
  await page.getByTestId('evidence-snapshot-note').filter({ hasText: 'Stored when the review was finalised' }).waitFor();
  await checkA11y(page, 'evidence snapshot (en, 768x1024)');
  await page.getByTestId('evidence-panel').scrollIntoViewIfNeeded();
  await screenshot(page, 'evidence-snapshot-en-768x1024', { fullPage: false });
  await page.context().setOffline(false);
  await assertClean(page);
});
