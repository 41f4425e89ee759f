// Walks every screen of the app with each of its forms opened, for the checks that must hold in
// every text field (spelling checks off, markup stays text). Plain ESM, shared by browser tests.
// The walk moves inside the running app as its own links do (no page load per screen): a screen
// mounts and reads its data from IndexedDB just as after a tap, for a fraction of a reload's time.

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
 * Shows `route` in the app already loaded in `page`, as a tap on one of its links does
 * (history.pushState, which the router follows), and waits until the screen has its heading and
 * has settled: no "Ladataan…"-style status left and no change to the page for 100 ms, as its data
 * arrive from IndexedDB after the heading (the buttons and links a walk looks for come with them).
 */
export async function showScreen(page, route) {
  await page.evaluate(async (route) => {
    history.pushState(null, '', route);
    // The router renders the new screen in a microtask; after one task the old screen is gone.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }, route);
  await page.locator('h1').first().waitFor();
  await settled(page);
}

/** Resolves once the page shows no loading status and has not changed for 100 ms (10 s at most). */
export function settled(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const loading = () => [...document.querySelectorAll('[role=status]')].some((el) => el.textContent.trim().endsWith('…'));
        let quiet;
        const observer = new MutationObserver(() => settle());
        const limit = setTimeout(finish, 10_000);
        function settle() {
          clearTimeout(quiet);
          quiet = setTimeout(() => (loading() ? settle() : finish()), 100);
        }
        function finish() {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(limit);
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        settle();
      }),
  );
}

/**
 * Every same-origin page reachable by links from `start`, one per route pattern; with `within`,
 * only addresses that start with it (one review's own screens, say). `onScreen(pattern, route)`
 * runs on each screen once it has its heading. The app must be loaded in `page` (see showScreen).
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
    await showScreen(page, next);
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
 * empty select (the week screen shows its form once "who am I" is chosen), and each form opener
 * that is visible and enabled — in one round trip, in the order a person would — and waits until
 * what they opened has settled.
 */
export async function openEveryForm(page) {
  await page.evaluate(
    (openers) => {
      const visible = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const unfold = () => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      };
      unfold();
      for (const select of document.querySelectorAll('select')) {
        if (!visible(select) || select.value !== '') continue;
        const first = [...select.options].find((option) => option.value !== '');
        if (!first) continue;
        // As a choice from the list does (and Playwright's selectOption): value, then input and change.
        select.value = first.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (const source of openers) {
        const name = new RegExp(source);
        // React handles a click at once, so the next opener is looked for in the updated screen.
        const button = [...document.querySelectorAll('button:not([type=submit])')].find((b) =>
          name.test(b.textContent.replace(/\s+/g, ' ').trim()),
        );
        if (button && visible(button) && !button.disabled) button.click();
      }
      unfold();
    },
    FORM_OPENERS.map((re) => re.source),
  );
  // A form may load on demand (a "Ladataan…" status first): its fields are there once it settles.
  await settled(page);
}

/** Selector for every field a person types free text into. */
export const TEXT_FIELDS =
  'textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=url], input[type=tel]';

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
 * From any screen of the demo: a new review of Kätevä with two reviewers, and reviewer 1's own
 * ratings started (their screen is then linked from the review). Returns "/reviews/<id>".
 */
export async function startOwnRatings(page) {
  await showScreen(page, '/');
  await page
    .getByRole('link', { name: /Kätevä/ })
    .first()
    .click();
  await page.getByLabel(/Arvioija 1|Reviewer 1/).fill('Arvioija Yksi');
  await page.getByLabel(/Arvioija 2|Reviewer 2/).fill('Arvioija Kaksi');
  await page.getByRole('button', { name: /Luo arviointi/ }).click();
  await page.waitForURL(/\/reviews\//);
  const review = new URL(page.url()).pathname.match(/^\/reviews\/[^/]+/)[0];
  await showScreen(page, `${review}/reviewers`);
  await page
    .getByRole('button', { name: /Aloita pisteytys/ })
    .first()
    .click();
  await page.waitForURL(/\/reviewers\/[^/]+/);
  return review;
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
  const review = await startOwnRatings(page);
  const reopened = new URL(demoReviewUrl).pathname;
  return [
    ...(await crawlScreens(page, '/')),
    ...(await crawlScreens(page, reopened, { within: reopened })),
    ...(await crawlScreens(page, review, { within: review })),
  ];
}
