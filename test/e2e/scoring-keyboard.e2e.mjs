// Issue 15, keyboard and touch on the scoring screen: a skip link to the score group, 1–5 and N/P
// (said in the item's help), arrow keys within the group, focus always visible and never under
// the sticky strip (WCAG 2.2 2.4.11), and every control at least 44×44 px (WCAG 2.5.8, ours: 44).
import assert from 'node:assert/strict';
import { test, assertClean } from './harness.mjs';
import { TABLETS, TEXT, newReview } from './scoring-helpers.mjs';

const text = async (page, testId) => (await page.getByTestId(testId).textContent()).trim();

/**
 * Waits until the summary's total is `total`. If it never is, the error says what the screen showed
 * instead: the total, the checked score and where the focus was (a key pressed with focus outside
 * the score group scores nothing).
 */
async function totalShows(page, total) {
  try {
    await page
      .getByTestId('total-score')
      .filter({ hasText: new RegExp(`^${total}$`) })
      .waitFor();
  } catch (error) {
    const seen = await page.evaluate(() => ({
      total: document.querySelector('[data-testid="total-score"]')?.textContent,
      checked: document.querySelector('#score-group input:checked')?.value ?? null,
      focus: `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('value') ?? ''}`.trim(),
      inGroup: document.activeElement?.closest('#score-group') !== null,
      error: document.querySelector('#score-group .field-error')?.textContent ?? null,
      saving: document.querySelector('[role="status"]')?.textContent ?? null,
    }));
    throw new Error(`the total never showed ${total}: ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** What has focus: its box (a hidden radio's label), whether it shows a focus ring, and the strip's box. */
function focusState(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const shown = element?.matches('.score-option input') ? element.closest('label') : element;
    const r = shown.getBoundingClientRect();
    const strip = document.querySelector('.scoring-strip').getBoundingClientRect();
    const style = getComputedStyle(shown);
    return {
      tag: element.tagName,
      label: (element.getAttribute('aria-label') || element.textContent || element.value || '').trim().slice(0, 60),
      value: element.value,
      inGroup: Boolean(element.closest('#score-group')),
      inStrip: Boolean(element.closest('.scoring-strip')),
      top: r.top,
      bottom: r.bottom,
      stripTop: strip.top,
      stripBottom: strip.bottom,
      innerHeight: window.innerHeight,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

function assertNotObscured(state, what) {
  assert.ok(
    state.bottom > 0 && state.top < state.innerHeight,
    `${what}: focused ${state.tag} "${state.label}" is off screen (${Math.round(state.top)}–${Math.round(state.bottom)})`,
  );
  if (state.inStrip) return;
  const underStrip = state.top < state.stripBottom - 0.5 && state.bottom > state.stripTop + 0.5;
  assert.ok(
    !underStrip,
    `${what}: focused ${state.tag} "${state.label}" (${Math.round(state.top)}–${Math.round(state.bottom)}) is under the sticky strip (${Math.round(state.stripTop)}–${Math.round(state.stripBottom)})`,
  );
}

test(
  'scoring by keyboard in fi at 1024x768: skip link, 1–5, arrows, N/P, focus visible and never under the sticky strip',
  async ({ browser, url }) => {
    const page = await newReview(browser, url, 'fi', TABLETS[0]);
    const reviewPath = new URL(page.url()).pathname.replace(/staffing-1$/, '');
    await page.evaluate(() => document.activeElement?.blur());

    // The skip link is among the first few Tab stops, and shows when it has focus.
    let tabs = 0;
    for (; tabs < 12; tabs += 1) {
      await page.keyboard.press('Tab');
      if ((await focusState(page)).label === TEXT.fi.skip) break;
    }
    assert.ok(tabs < 12, 'the skip link to the scores is within the first 12 Tab stops');
    const skip = await page.getByRole('link', { name: TEXT.fi.skip }).boundingBox();
    assert.ok(skip && skip.width >= 44 && skip.height >= 44, 'the focused skip link is shown, 44 px high');
    await page.keyboard.press('Enter');
    let state = await focusState(page);
    assert.equal(state.inGroup, true, 'Enter on the skip link puts focus in the score group');
    assert.equal(state.ring, true, 'the focused choice shows a focus ring');

    // The help names the keys, and the group is described by it.
    const help = await page.locator('#score-group').getAttribute('aria-describedby');
    const helpText = await page.locator(`#${help.split(' ')[0]}`).textContent();
    for (const key of ['1–5', 'N', 'P', 'nuolinäppäimet']) assert.ok(helpText.includes(key), `the help mentions ${key}: ${helpText}`);

    await page.keyboard.press('4');
    await totalShows(page, 4);
    assert.equal(await text(page, 'rated-count'), '1/25');
    state = await focusState(page);
    assert.equal(state.value, '4', 'focus is on the chosen score');
    await page.keyboard.press('ArrowDown');
    await totalShows(page, 5);
    await page.keyboard.press('ArrowUp');
    await totalShows(page, 4);

    await page.keyboard.press('n');
    await page.waitForURL(`**${reviewPath}staffing-2`);
    await page.waitForFunction(() => document.activeElement?.closest('#score-group') !== null);
    await page.keyboard.press('2');
    await totalShows(page, 6);
    await page.keyboard.press('p');
    await page.waitForURL(`**${reviewPath}staffing-1`);
    await page.waitForFunction(() => document.activeElement?.closest('#score-group')?.querySelector('input:checked')?.value === '4');

    // Typing a digit into the notes is text, not a score.
    const notes = page.getByLabel('Havainnot ja perustelut');
    await notes.fill('');
    await notes.press('5');
    assert.equal(await notes.inputValue(), '5');
    assert.equal(await text(page, 'total-score'), '6');

    // Every Tab stop of the screen, forwards and back, shows its focus clear of the sticky strip.
    await page.getByRole('link', { name: TEXT.fi.skip }).focus();
    const seen = [];
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let stop = 0; stop < 45; stop += 1) {
        await page.keyboard.press(key);
        state = await focusState(page);
        if (state.tag === 'BODY') break;
        seen.push(state.label);
        assertNotObscured(state, `${key} ${stop + 1}`);
        assert.equal(state.ring, true, `${key} ${stop + 1}: focused ${state.tag} "${state.label}" shows a focus ring`);
      }
    }
    assert.ok(seen.length >= 40, `walked ${seen.length} focus stops`);
    await assertClean(page);
  },
  { timeoutMs: 240_000 },
);

/** Controls in the scoring screen smaller than 44×44 px (a radio or checkbox counts by its label). */
function smallTargets(page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll('.review-screen :is(a[href], button, select, textarea, summary, input)');
    const small = [];
    for (const control of controls) {
      const target = control.matches('input[type=radio], input[type=checkbox]') ? control.closest('label') : control;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown (e.g. the skip link until focused)
      if (control.closest('.skip-to-scores') || control.matches('.skip-to-scores')) continue;
      if (r.width < 43.5 || r.height < 43.5)
        small.push(
          `${control.tagName} "${(control.textContent || control.getAttribute('aria-label') || control.name || '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  });
}

test(
  'every control of the scoring screen is at least 44×44 px, item view and whole-review list, tablet and phone',
  async ({ browser, url }) => {
    for (const viewport of [TABLETS[1], { width: 360, height: 740 }]) {
      const page = await newReview(browser, url, 'fi', viewport);
      await page.locator('#score-group .score-option').nth(2).click();
      // "Poista pisteet" shows once a score is chosen; the description is opened too.
      await page.getByRole('button', { name: 'Poista pisteet' }).waitFor();
      await page.locator('.item-about summary').click();
      assert.deepEqual(await smallTargets(page), [], `item view at ${viewport.width}×${viewport.height}`);
      await page.getByRole('button', { name: TEXT.fi.list }).click();
      await page.getByTestId('review-list').waitFor();
      assert.deepEqual(await smallTargets(page), [], `whole-review list at ${viewport.width}×${viewport.height}`);
      await assertClean(page);
    }
  },
  { timeoutMs: 240_000 },
);

test(
  'a tap on a choice moves focus straight to its radio, in the item view and the whole-review list, and the arrow keys go on from it',
  async ({ browser, url }) => {
    const page = await newReview(browser, url, 'fi', TABLETS[1]);
    // Every element that takes focus from here on, in order.
    await page.evaluate(() => {
      window.__focused = [];
      document.addEventListener(
        'focusin',
        (event) => window.__focused.push(`${event.target.tagName} ${event.target.value ?? ''}`.trim()),
        true,
      );
    });
    const focused = () => page.evaluate(() => window.__focused.splice(0));
    for (const [choice, total] of [
      [2, 3],
      [4, 5],
    ]) {
      await page.locator('#score-group .score-option').nth(choice).click();
      await totalShows(page, total);
      assert.deepEqual(await focused(), [`INPUT ${choice + 1}`], `a tap on ${choice + 1} focuses its radio and nothing before it`);
    }
    await page.keyboard.press('ArrowUp');
    await totalShows(page, 4);
    assert.equal((await focusState(page)).value, '4', 'the arrow key went on from the tapped score');

    await page.getByRole('button', { name: TEXT.fi.list }).click();
    await page.getByTestId('review-list').waitFor();
    await focused();
    const second = page.locator('.review-list .score-options').nth(1);
    await second.locator('.score-option').nth(1).click();
    await totalShows(page, 6);
    assert.deepEqual(await focused(), ['INPUT 2'], "in the list, a tap on item 2's score 2 focuses that radio and nothing before it");
    await assertClean(page);
  },
  { timeoutMs: 120_000 },
);
