// Walks every screen of the app with each of its forms opened, for the checks that must hold in
// every text field (spelling checks off, markup stays text). Plain ESM, shared by browser tests.

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// Buttons that open a form on a screen (fi and en), pressed once each; never a delete or submit.
const FORM_OPENERS = [
  /^(Uusi palvelu|New service)$/,
  /^(Uusi asiakas|New client)$/,
  /^(Muokkaa|Edit)\b/,
  /^(Muuta jaksoa|Change period)/,
  /^(Lisää yhteyshenkilö|Add contact person)/,
];

/**
 * Every same-origin page reachable by links from `start`, one per route pattern; with `within`,
 * only addresses that start with it (one review's own screens, say). `onScreen(pattern, route)`
 * runs on each screen once it has its heading.
 */
export async function crawlScreens(page, start = '/', { limit = 60, within = '/', onScreen = null } = {}) {
  const seen = new Map();
  const queue = [start];
  while (queue.length > 0 && seen.size < limit) {
    const next = queue.shift();
    // One scoring page stands for all 25 items.
    const pattern = next.replace(ID, ':id').replace(/\/items\/[^/?]+/, '/items/:item');
    if (seen.has(pattern)) continue;
    seen.set(pattern, next);
    await page.goto(next);
    await page.locator('h1').first().waitFor();
    if (onScreen) await onScreen(pattern, next);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => new URL(a.href, location.href))
        .filter((u) => u.origin === location.origin)
        .map((u) => u.pathname + u.search),
    );
    queue.push(...links.filter((link) => link.startsWith(within)));
  }
  return [...seen.entries()];
}

/**
 * Opens what a screen hides behind a button or a fold: every <details>, the first choice of an
 * empty select (the week screen shows its form once "who am I" is chosen), and each form opener.
 */
export async function openEveryForm(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  for (const select of await page.locator('select').all()) {
    if (!(await select.isVisible()) || (await select.inputValue()) !== '') continue;
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    if (values.length > 0) await select.selectOption(values[0]);
  }
  for (const name of FORM_OPENERS) {
    const button = page.locator('button:not([type=submit])', { hasText: name }).first();
    if ((await button.count()) === 0 || !(await button.isVisible()) || (await button.isDisabled())) continue;
    await button.click();
  }
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Selector for every field a person types free text into. */
export const TEXT_FIELDS = 'textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=url], input[type=tel]';

/** The text fields on the page now: a label for each, and whether it can be typed into. */
export function listTextFields(page) {
  return page.evaluate((selector) => {
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return [...document.querySelectorAll(selector)].filter(visible).map((element) => ({
      label: (element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.id).trim(),
      tag: element.tagName.toLowerCase(),
      spellcheck: element.spellcheck,
      autocomplete: element.getAttribute('autocomplete'),
      editable: !element.readOnly && !element.disabled,
    }));
  }, TEXT_FIELDS);
}

/**
 * Readies the demo so that every kind of text field is on screen somewhere: Kätevä's 2022 review
 * reopened (its notes and recommendations editable) and a new review with two reviewers (their
 * own ratings' notes). Returns the screens to walk: the whole app, then the new review's own.
 */
export async function demoWithEveryForm(page, { reopenReview, openDemoReview }) {
  await openDemoReview(page);
  await reopenReview(page);
  const demoReviewUrl = page.url();
  await page.goto('/');
  await page.getByRole('link', { name: /Kätevä/ }).first().click();
  await page.getByLabel(/Arvioija 1|Reviewer 1/).fill('Arvioija Yksi');
  await page.getByLabel(/Arvioija 2|Reviewer 2/).fill('Arvioija Kaksi');
  await page.getByRole('button', { name: /Luo arviointi/ }).click();
  await page.waitForURL(/\/reviews\//);
  const review = new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];
  // Reviewer 1 starts their own ratings; their screen is then linked from the review.
  await page.goto(`${review}/reviewers`);
  await page.getByRole('button', { name: /Aloita pisteytys/ }).first().click();
  await page.waitForURL(/\/reviewers\/[^/]+/);
  const reopened = new URL(demoReviewUrl).pathname;
  return [
    ...(await crawlScreens(page, '/')),
    ...(await crawlScreens(page, reopened, { within: reopened })),
    ...(await crawlScreens(page, review, { within: review })),
  ];
}
