// Shared by the scoring screen's browser tests (issue 15): a new review made through the app.
import { newAppPage } from './harness.mjs';

export const TEXT = {
  fi: {
    name: 'Palvelun nimi',
    addService: 'Lisää palvelu',
    reviewer1: 'Arvioija 1',
    createReview: 'Luo arviointi ja aloita pisteytys',
    skip: 'Siirry pisteisiin',
    list: 'Koko arviointi',
  },
  en: {
    name: 'Service name',
    addService: 'Add service',
    reviewer1: 'Reviewer 1',
    createReview: 'Create the review and start rating',
    skip: 'Skip to the scores',
    list: 'Whole review',
  },
};
export const TABLETS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
export const sizeOf = (viewport) => `${viewport.width}x${viewport.height}`;

/** A new service and a new review through the app, as a user makes them; ends on item 1. */
export async function newReview(browser, url, locale, viewport) {
  const t = TEXT[locale];
  const page = await newAppPage(browser, url, { viewport, locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
  await page.goto('/');
  // The first start of a fresh context can be slow on a loaded machine.
  await page.getByLabel(t.name).waitFor({ timeout: 90_000 });
  // The page has no service worker (newAppPage's default), so the one-time "works offline" notice
  // of a first install never pushes the page down: as for a reviewer who dismissed it long ago.
  await page.getByLabel(t.name).fill(locale === 'fi' ? 'Työvalmennus Pisteilä' : 'Scoreville Job Coaching');
  await page.getByRole('button', { name: t.addService }).click();
  await page.getByLabel(t.reviewer1).fill('Aino Arvioija');
  await page.getByRole('button', { name: t.createReview }).click();
  await page.waitForURL(/\/reviews\/[^/]+\/items\/staffing-1$/);
  await page.locator('#score-group .score-option').first().waitFor();
  return page;
}
