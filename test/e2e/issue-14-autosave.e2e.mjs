// Issue 14 #5, #8 and #10: two tabs on one field, a reload during a restore, and a reload right
// after "Load the demo". Each is what a user does, in the built app. (#4 is fault 1 in faults-storage.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, newAppPage, assertClean, checkA11y, waitForAsyncCondition } from './harness.mjs';
import { countRecords, openDemoReview, reopenReview } from './flows.mjs';

const NOTES = 'Havainnot ja perustelut';

/**
 * Holds the app's autosave timers (its 400 ms pause and 400 ms max wait) in one tab until
 * released, so that tab's edit is certainly unsaved when the other tab saves, however slow the
 * machine running the test is.
 */
const HOLD_AUTOSAVE = () => {
  const original = window.setTimeout;
  const held = [];
  window.setTimeout = function holdable(fn, ms, ...args) {
    if (window.__holdAutosave && ms === 400) {
      held.push(() => fn(...args));
      return 0;
    }
    return original.call(this, fn, ms, ...args);
  };
  window.__releaseAutosave = () => {
    window.__holdAutosave = false;
    const released = held.length;
    log(`release ${released}`);
    for (const run of held.splice(0)) run();
    return released;
  };
  // For a failure message: what else could have saved the held edit (a blur, the page hidden),
  // and the notes this tab saw stored, in order.
  window.__events = [];
  // Wall-clock milliseconds, the same clock in both tabs.
  const log = (what) => window.__events.push(`${Date.now() % 100_000} ${what}`);
  document.addEventListener('focusout', (event) => log(`focusout ${event.target?.tagName}`), true);
  document.addEventListener('visibilitychange', () => log(`visibility ${document.visibilityState}`));
  document.addEventListener('input', (event) => log(`input ${event.target?.tagName} ${event.target?.value?.slice(0, 12)}`), true);
  // A notes box taken out of the page (its field mounted anew) takes an unsaved edit with it.
  new MutationObserver((records) => {
    for (const { removedNodes } of records)
      for (const node of removedNodes)
        if (node.nodeType === 1 && (node.matches('textarea') || node.querySelector('textarea'))) log(`textarea removed (${node.tagName})`);
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('pagehide', () => log('pagehide'));
  // This tab's writes of a rating's notes, and when each committed.
  const { put } = IDBObjectStore.prototype;
  IDBObjectStore.prototype.put = function loggedPut(value, ...args) {
    if (this.name === 'ratings' && typeof value?.notes === 'string' && window.__holdAutosave !== undefined) {
      const notes = JSON.stringify(value.notes.slice(0, 12));
      log(`put ${notes}`);
      this.transaction.addEventListener('complete', () => log(`committed ${notes}`));
    }
    return put.call(this, value, ...args);
  };
  /** The notes of this test's texts in IndexedDB (bare IndexedDB API; the database is the same for both tabs). */
  window.__storedNotes = () =>
    new Promise((resolve) => {
      const request = indexedDB.open('fidelio');
      request.onsuccess = () => {
        const db = request.result;
        const all = db.transaction('ratings', 'readonly').objectStore('ratings').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result.map((rating) => rating.notes).filter((notes) => notes?.startsWith('Tabletti')));
        };
      };
    });
  window.__watchNotes = () => {
    let last = null;
    setInterval(async () => {
      const notes = (await window.__storedNotes())[0] ?? null;
      if (notes !== last) log(`stored ${JSON.stringify(notes?.slice(0, 12) ?? null)}`);
      last = notes;
    }, 50);
  };
};

/** What a tab shows, for a failure message: the notes box, whether the page is visible and focused, and (tab A) its events. */
const TAB_STATE = () => {
  const box = document.querySelector('[data-testid="rating-notes"]');
  return { box: box?.value ?? null, visibility: document.visibilityState, focused: document.hasFocus(), events: window.__events };
};

/** Whether some rating's notes in IndexedDB are exactly `text` (in a tab with HOLD_AUTOSAVE's helpers). */
const NOTES_STORED = (text) => window.__storedNotes().then((notes) => notes.includes(text));

test(
  "issue 14 #5: two tabs on the same item: a save in one never silently overwrites the other tab's unsaved text",
  async ({ browser, url }) => {
    const tabA = await newAppPage(browser, url);
    await tabA.addInitScript(HOLD_AUTOSAVE);
    await openDemoReview(tabA);
    await reopenReview(tabA);
    const itemUrl = tabA.url();
    const tabB = await tabA.context().newPage();
    // B holds nothing, but logs as A does (its events are in a failure's message too).
    await tabB.addInitScript(HOLD_AUTOSAVE);
    await tabB.goto(itemUrl);
    await tabB.getByTestId('review-status').filter({ hasText: 'Kesken' }).waitFor();
    const notesA = tabA.getByLabel(NOTES);
    const notesB = tabB.getByLabel(NOTES);
    const conflict = tabA.getByTestId('edit-conflict');

    /** A types (not yet saved), B types and leaves the field (saved at once), then A's autosave runs. */
    async function typeInBoth(textA, textB) {
      await tabA.evaluate(() => {
        window.__holdAutosave = true;
        window.__events.push('— hold');
        if (!window.__watching) window.__watchNotes();
        window.__watching = true;
      });
      await tabB.evaluate(() => (window.__holdAutosave = false));
      await notesA.fill(textA);
      await notesB.fill(textB);
      await notesB.blur();
      // Read in B's page until B's text is in IndexedDB. (Not waitForFunction: it takes the read's
      // promise for a truthy answer, and A's save then raced B's.)
      await waitForAsyncCondition(tabB, NOTES_STORED, textB).catch(() => assert.fail("B's text was never stored"));
      const released = await tabA.evaluate(() => window.__releaseAutosave());
      await conflict.waitFor({ timeout: 30_000 }).catch(async (error) => {
        const [a, b, stored] = await Promise.all([
          tabA.evaluate(TAB_STATE),
          tabB.evaluate(TAB_STATE),
          tabA.evaluate(() => window.__storedNotes()),
        ]);
        const state = JSON.stringify({ releasedSaves: released, a, b, stored }, null, 1);
        throw new Error(`A never showed the conflict (${error.message.split('\n')[0]}): ${state}`);
      });
      assert.match(await conflict.textContent(), /muutettu toisessa välilehdessä tai ikkunassa/);
      assert.equal(await tabA.getByTestId('edit-conflict-theirs').textContent(), textB);
      assert.equal(await notesA.inputValue(), textA, "A's own text stays in A's field");
      assert.ok(await tabB.evaluate(NOTES_STORED, textB), "B's text is not overwritten while A decides");
    }

    await typeInBoth('Tabletti A: työnantajakäyntejä kolme viikossa.', 'Tabletti B: seurantakäynnit kirjataan viikoittain.');
    await checkA11y(tabA, 'edit conflict between two tabs');
    // Keep mine: A's text is saved, and B (nothing unsaved there) shows it.
    await conflict.getByRole('button', { name: 'Pidä oma tekstini' }).click();
    await conflict.waitFor({ state: 'detached' });
    await tabB.waitForFunction(
      (text) => document.querySelector('[data-testid="rating-notes"]')?.value === text,
      'Tabletti A: työnantajakäyntejä kolme viikossa.',
    );

    // Again, and this time A takes B's text.
    await typeInBoth('Tabletti A: toinen versio.', 'Tabletti B: uudempi teksti.');
    await conflict.getByRole('button', { name: 'Ota toisen välilehden teksti' }).click();
    assert.equal(await notesA.inputValue(), 'Tabletti B: uudempi teksti.');
    await tabA.reload();
    await tabA.getByTestId('total-score').waitFor();
    assert.equal(await tabA.getByLabel(NOTES).inputValue(), 'Tabletti B: uudempi teksti.');

    // Both tabs save at the same moment, neither having heard of the other's text: one text is
    // stored, and the other tab shows the conflict with its own text still in its box. Three
    // rounds, as the two saves may land in either order.
    const tabs = { A: tabA, B: tabB };
    for (let round = 1; round <= 3; round++) {
      const texts = { A: `Tabletti A: yhtä aikaa ${round}.`, B: `Tabletti B: yhtä aikaa ${round}.` };
      await Promise.all(Object.values(tabs).map((tab) => tab.evaluate(() => (window.__holdAutosave = true))));
      for (const [name, tab] of Object.entries(tabs)) await tab.getByLabel(NOTES).fill(texts[name]);
      await Promise.all(Object.values(tabs).map((tab) => tab.evaluate(() => window.__releaseAutosave())));
      const conflicts = Object.values(tabs).map((tab) => tab.getByTestId('edit-conflict'));
      await Promise.any(conflicts.map((shown) => shown.waitFor())).catch(async () => {
        const stored = await tabA.evaluate(() => window.__storedNotes());
        assert.fail(`round ${round}: neither tab showed a conflict; stored ${JSON.stringify(stored)}`);
      });
      const [shownA, shownB] = await Promise.all(conflicts.map((shown) => shown.isVisible()));
      assert.ok(shownA !== shownB, `round ${round}: exactly one tab shows a conflict (A ${shownA}, B ${shownB})`);
      const [winner, loser] = shownA ? ['B', 'A'] : ['A', 'B'];
      assert.deepEqual(await tabA.evaluate(() => window.__storedNotes()), [texts[winner]], `round ${round}: ${winner}'s text is stored`);
      assert.equal(await tabs[loser].getByLabel(NOTES).inputValue(), texts[loser], `round ${round}: ${loser} keeps its own text`);
      assert.equal(await tabs[loser].getByTestId('edit-conflict-theirs').textContent(), texts[winner]);
      assert.equal(await tabs[winner].getByTestId('edit-conflict').count(), 0, `round ${round}: ${winner} saved, and has no conflict`);
      // The next round starts from one text in both.
      await tabs[loser].getByRole('button', { name: 'Ota toisen välilehden teksti' }).click();
      for (const tab of Object.values(tabs)) {
        await tab.waitForFunction((text) => document.querySelector('[data-testid="rating-notes"]')?.value === text, texts[winner]);
      }
    }
    await assertClean(tabA);
  },
  { timeoutMs: 120_000 },
);

test(
  'issue 14 #10: reloading right after tapping "Load the demo" never shows the data-removed screen',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url);
    await page.goto('/');
    await page.getByRole('button', { name: 'Lataa esimerkkiaineisto' }).click();
    // The reload comes as soon as the save has begun: before the demo's second of writing is over.
    await page.waitForFunction(() => localStorage.getItem('fidelio.hasData') !== null, null, { polling: 'raf' });
    await page.reload();
    const fresh = page.getByRole('heading', { name: 'Tervetuloa Fidelioon' });
    const loaded = page.getByRole('link', { name: /Kätevä/ }).first();
    await fresh.or(loaded).or(page.getByTestId('recovery-screen')).first().waitFor();
    assert.equal(
      await page.getByTestId('recovery-screen').count(),
      0,
      'the recovery screen says data was removed, though none was ever stored',
    );

    if (await fresh.isVisible()) {
      // The load was cut off: nothing was half written, and the button is busy while it loads again.
      const button = page.getByRole('button', { name: 'Lataa esimerkkiaineisto' });
      await button.click();
      const busy = page.getByRole('button', { name: 'Ladataan esimerkkiä…' });
      await busy.or(loaded).first().waitFor();
      // Read in one go: the load may end (and the busy button go) between two separate questions.
      const busyDisabled = await page.evaluate(
        () =>
          [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Ladataan esimerkkiä…')?.disabled ?? null,
      );
      if (busyDisabled !== null) assert.ok(busyDisabled, 'the busy button takes no second tap');
      await loaded.waitFor();
    }
    await page.reload();
    await loaded.waitFor();
    assert.equal(await page.getByTestId('recovery-screen').count(), 0);
    await assertClean(page);
  },
  { timeoutMs: 90_000 },
);

/** In another tab: a read-write transaction over every store, kept open until released (as a restore's would be). */
const HOLD_DATABASE = () =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open('fidelio');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readwrite');
      const store = tx.objectStore('meta');
      window.__releaseDatabase = false;
      const spin = () => {
        if (window.__releaseDatabase) return;
        store.get('spin').onsuccess = spin;
      };
      spin();
      tx.oncomplete = () => db.close();
      resolve(names.length);
    };
  });

test(
  'issue 14 #8: a reload during a restore waits for the database with progress, then says the restore was interrupted',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url);
    await page.goto('/');
    await page.getByRole('button', { name: 'Lataa esimerkkiaineisto' }).click();
    await page
      .getByRole('link', { name: /Kätevä/ })
      .first()
      .waitFor();
    await page.goto('/backup');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa varmuuskopio' }).click()]);
    const file = await readFile(await download.path());
    const before = await countRecords(page);

    await page
      .getByLabel('Varmuuskopiotiedosto (.json)')
      .setInputFiles({ name: 'fidelio-backup.json', mimeType: 'application/json', buffer: file });
    await page.getByTestId('restore-preview').waitFor();
    await page.getByRole('radio', { name: /Korvaa laitteen tiedot/ }).check();
    await page.getByTestId('restore-preview').waitFor();

    // Another tab holds the database, so the restore is still running when the page is reloaded.
    const other = await page.context().newPage();
    await other.goto('/settings');
    await other.getByRole('heading', { level: 1 }).waitFor();
    assert.ok((await other.evaluate(HOLD_DATABASE)) > 0);
    await page.getByRole('button', { name: 'Palauta', exact: true }).click();
    await page.getByText('Palautetaan… Älä sulje sovellusta.').waitFor();
    await page.reload();

    // Longer than the ordinary start waits (8 s) before calling the database broken.
    const waiting = page.getByTestId('restore-wait');
    await waiting.waitFor();
    assert.match(await waiting.textContent(), /palautus on kesken tai keskeytyi/);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="restore-wait"]')?.dataset.waitedSeconds) >= 10, null, {
      timeout: 30_000,
    });
    assert.equal(await page.getByTestId('recovery-screen').filter({ hasText: 'ei voitu avata' }).count(), 0);
    await checkA11y(page, 'waiting for the database after a reload during a restore');

    // The old transaction is gone: the start goes on by itself and says what happened.
    await other.evaluate(() => {
      window.__releaseDatabase = true;
    });
    const recovery = page.getByTestId('recovery-screen');
    await recovery.filter({ hasText: 'Varmuuskopion palautus keskeytyi' }).waitFor();
    await page.getByRole('button', { name: 'Jatka' }).click();
    await page
      .getByRole('link', { name: /Kätevä/ })
      .first()
      .waitFor();
    assert.deepEqual(await countRecords(page), before, 'the cut-off restore changed nothing');
    // The marker is cleared: the next start is an ordinary one.
    await page.reload();
    await page
      .getByRole('link', { name: /Kätevä/ })
      .first()
      .waitFor();
    assert.equal(await recovery.count(), 0);
    await assertClean(page, { allowConsoleErrors: true });
  },
  { timeoutMs: 120_000 },
);
