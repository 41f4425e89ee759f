// Issue 3, "Browser test": add two specialists (1.0 and 0.5 FTE), add clients until the 0.5 coach
// is over the limit, see the warning, move a client through the phases to a job start and a
// closure, reload and see everything — in Finnish at 1024×768 and in English at 768×1024, with axe
// and screenshots. A third test seeds 3,000 clients and times the list and the overview.
import assert from 'node:assert/strict';
import { test, newAppPage, assertClean, checkA11y, screenshot, loadFactor } from './harness.mjs';

const TEXT = {
  fi: {
    name: 'Palvelun nimi',
    addService: 'Lisää palvelu',
    toCaseload: 'Asiakasmäärät ja asiakkaat',
    staffTab: 'Henkilöstö',
    clientsTab: 'Asiakkaat',
    overviewTab: 'Asiakasmäärät',
    staffName: 'Nimi',
    fte: 'Asiakastyön osuus (0–1)',
    addStaff: 'Lisää työntekijä',
    half: '0,5',
    newClient: 'Uusi asiakas',
    code: 'Asiakastunnus',
    specialist: 'Työhönvalmentaja',
    start: 'Aloituspäivä (valinnainen)',
    addClient: 'Lisää asiakas',
    identityProblem: /henkilötunnus/,
    over: 'yli rajan',
    at: 'rajalla',
    moveForm: 'Siirrä vaiheeseen',
    move: 'Siirrä',
    phase4: '4. Sopiminen työnantajan kanssa',
    phase5: '5. Tuki työssä ja työn ulkopuolella',
    employer: 'Työnantaja',
    jobTitle: 'Tehtävä',
    jobType: 'Työn tyyppi tai ala',
    addJob: 'Lisää työsuhde',
    newEmployer: 'Lisää uusi työnantaja: Posti Oy',
    yes: 'kyllä',
    offerAccept: 'Siirrä vaiheeseen 5',
    closeForm: 'Päätä asiakkuus',
    closeButton: 'Päätä asiakkuus',
    reason: 'Päättymisen syy',
    closed: 'Päättynyt',
    waiting: 'Odottaa aloitusta',
  },
  en: {
    name: 'Service name',
    addService: 'Add service',
    toCaseload: 'Caseloads and clients',
    staffTab: 'Staff',
    clientsTab: 'Clients',
    overviewTab: 'Caseloads',
    staffName: 'Name',
    fte: 'Share of time in client work (0–1)',
    addStaff: 'Add staff member',
    half: '0.5',
    newClient: 'New client',
    code: 'Client code',
    specialist: 'Employment specialist',
    start: 'Start date (optional)',
    addClient: 'Add client',
    identityProblem: /identity code/,
    over: 'over the limit',
    at: 'at the limit',
    moveForm: 'Move to a phase',
    move: 'Move',
    phase4: '4. Agreeing with the employer, job start',
    phase5: '5. Support in and outside work',
    employer: 'Employer',
    jobTitle: 'Job title',
    jobType: 'Job type or sector',
    addJob: 'Add job',
    newEmployer: 'Add a new employer: Posti Oy',
    yes: 'yes',
    offerAccept: 'Move to phase 5',
    closeForm: 'Close',
    closeButton: 'Close the client',
    reason: 'Reason for closure',
    closed: 'Closed',
    waiting: 'Waiting to start',
  },
};

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function addStaff(page, t, name, fte) {
  await page.getByLabel(t.staffName, { exact: true }).fill(name);
  await page.getByLabel(t.fte).fill(fte);
  await page.getByRole('button', { name: t.addStaff }).click();
  await page.getByRole('rowheader', { name }).waitFor();
}

async function addClient(page, t, code, specialist, startDate) {
  const form = page.getByRole('region', { name: t.newClient });
  await form.getByLabel(t.code).fill(code);
  if (specialist) await form.getByLabel(t.specialist).selectOption({ label: specialist });
  await form.getByLabel(t.start).fill(startDate);
  await form.getByRole('button', { name: t.addClient }).click();
  // The form clears the code once the client is saved.
  await form.getByLabel(t.code).and(page.locator('[value=""]')).waitFor();
}

function caseloadFlow(locale, viewport) {
  const t = TEXT[locale];
  const size = `${viewport.width}x${viewport.height}`;
  test(
    `caseload flow in ${locale} at ${size}: staff, over the limit, phases to a job and closure, reload`,
    async ({ browser, url }) => {
      const page = await newAppPage(browser, url, { viewport, locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
      const today = localToday();
      await page.goto('/');
      await page.getByLabel(t.name).fill(locale === 'fi' ? 'Työhönvalmennus Kätevä' : 'Kätevä Job Coaching');
      await page.getByRole('button', { name: t.addService }).click();
      await page.getByRole('link', { name: t.toCaseload }).click();
      await page.getByRole('heading', { level: 1, name: t.overviewTab }).waitFor();
      await checkA11y(page, `empty caseload overview (${locale}, ${size})`);

      await page.getByRole('link', { name: t.staffTab, exact: true }).click();
      await addStaff(page, t, 'Aino Kokoaikainen', '1');
      await addStaff(page, t, 'Pekka Puolikas', t.half);
      await checkA11y(page, `staff (${locale}, ${size})`);
      await screenshot(page, `caseload-staff-${locale}-${size}`, { fullPage: false });

      await page.getByRole('link', { name: t.clientsTab, exact: true }).click();
      await page.getByRole('button', { name: t.newClient }).click();
      // An identity code is refused next to the field and nothing is saved.
      const form = page.getByRole('region', { name: t.newClient });
      await form.getByLabel(t.code).fill('131052-308T');
      await form.getByRole('button', { name: t.addClient }).click();
      await form.locator('.field-error').filter({ hasText: t.identityProblem }).waitFor();
      await checkA11y(page, `new client form with an error (${locale}, ${size})`);

      for (let i = 1; i <= 11; i += 1) await addClient(page, t, `KÄT-${String(i).padStart(3, '0')}`, 'Pekka Puolikas', today);
      await addClient(page, t, 'KÄT-100', 'Aino Kokoaikainen', today);
      await addClient(page, t, 'KÄT-200', null, '');

      await page.getByRole('link', { name: t.overviewTab, exact: true }).click();
      const cards = page.getByTestId('specialist-card');
      await cards.nth(1).waitFor();
      assert.deepEqual(await page.getByTestId('caseload-load').allTextContents(), ['1 / 20', '11 / 10']);
      await cards.nth(1).getByText(t.over, { exact: true }).waitFor();
      await page.getByTestId('over-limit-warning').waitFor();
      await page.getByTestId('waiting-clients').getByText('KÄT-200').waitFor();
      await checkA11y(page, `caseload overview over the limit (${locale}, ${size})`);
      await screenshot(page, `caseload-${locale}-${size}`, { fullPage: false });

      await page.getByRole('link', { name: t.clientsTab, exact: true }).click();
      await page.getByTestId('client-table').waitFor();
      await checkA11y(page, `client list (${locale}, ${size})`);
      await screenshot(page, `caseload-clients-${locale}-${size}`, { fullPage: false });
      await page.getByRole('link', { name: 'KÄT-001', exact: true }).click();

      // Phases 1 → 2 → 3 → 4 with the suggested next phase, then a job start offers phase 5.
      for (const expected of ['2.', '3.', '4.']) {
        const moveForm = page.getByRole('form', { name: t.moveForm });
        await moveForm.getByRole('button', { name: t.move, exact: true }).click();
        // The phase's name starts with its number. Not the whole line: its date ("6.12.2026 alkaen")
        // holds "2." in December, which let the next tap land on the old form before the move was saved.
        await page
          .getByTestId('client-phase')
          .locator('strong')
          .filter({ hasText: new RegExp(`^${expected.replace('.', '\\.')} `) })
          .waitFor();
      }
      assert.match(await page.getByTestId('client-phase').textContent(), new RegExp(t.phase4));
      // The employer comes from the directory: this one is new, added on the spot (issue 15).
      await page.getByLabel(t.employer, { exact: true }).fill('Posti Oy');
      await page.getByRole('button', { name: t.newEmployer }).click();
      // Competitive from the four answers (issue 16).
      const yesAnswers = page.getByRole('radio', { name: t.yes, exact: true });
      for (let i = 0; i < 4; i += 1) await yesAnswers.nth(i).check();
      await page.getByLabel(t.jobTitle).fill(locale === 'fi' ? 'Postinjakaja' : 'Postal worker');
      await page.getByLabel(t.jobType).fill(locale === 'fi' ? 'jakelu' : 'delivery');
      await page.getByRole('button', { name: t.addJob }).click();
      await page.getByTestId('phase-5-offer').waitFor();
      await checkA11y(page, `client with the phase 5 offer (${locale}, ${size})`);
      await page.getByRole('button', { name: t.offerAccept }).click();
      await page.getByTestId('client-phase').filter({ hasText: t.phase5 }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `caseload-client-${locale}-${size}`, { fullPage: false });

      const closeForm = page.getByRole('form', { name: t.closeForm });
      await closeForm.getByLabel(t.reason).selectOption('stepped-down');
      await closeForm.getByRole('button', { name: t.closeButton }).click();
      await page.getByTestId('client-status').filter({ hasText: t.closed }).waitFor();
      await checkA11y(page, `closed client (${locale}, ${size})`);

      // Reload: the closure, the whole timeline (start, 2, 3, 4, 5, closure) and the job are kept.
      await page.reload();
      await page.getByTestId('client-status').filter({ hasText: t.closed }).waitFor();
      assert.equal(await page.getByTestId('phase-timeline').getByRole('listitem').count(), 6);
      await page.getByTestId('job-table').getByRole('rowheader', { name: 'Posti Oy' }).waitFor();
      await page.getByRole('link', { name: t.overviewTab, exact: true }).click();
      await page.getByTestId('specialist-card').nth(1).getByText(t.at, { exact: true }).waitFor();
      assert.deepEqual(await page.getByTestId('caseload-load').allTextContents(), ['1 / 20', '10 / 10']);
      await assertClean(page);
    },
    { timeoutMs: 240_000 },
  );
}

caseloadFlow('fi', { width: 1024, height: 768 });
caseloadFlow('en', { width: 768, height: 1024 });

test(
  'caseload with 3,000 clients: the list and the overview stay quick',
  async ({ browser, url }) => {
    const page = await newAppPage(browser, url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Seed straight into IndexedDB (the app has created the schema): one service, 10 coaches, 3,000 clients.
    const serviceId = await page.evaluate(async () => {
      const open = indexedDB.open('fidelio');
      const idb = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const at = new Date().toISOString();
      const sync = (id, serviceId) => ({ id, serviceId, createdAt: at, updatedAt: at, deletedAt: null });
      const tx = idb.transaction(['services', 'staff', 'clients', 'phaseChanges', 'assignments'], 'readwrite');
      const sid = crypto.randomUUID();
      tx.objectStore('services').put({ ...sync(sid, sid), name: 'Suuri palvelu', organisation: '', region: '', notes: '' });
      const staff = Array.from({ length: 10 }, (_, i) => ({
        ...sync(crypto.randomUUID(), sid),
        name: `Valmentaja ${i + 1}`,
        role: 'specialist',
        fte: 1,
        startDate: '2020-01-01',
        endDate: null,
      }));
      for (const member of staff) tx.objectStore('staff').put(member);
      for (let i = 0; i < 3000; i += 1) {
        const id = crypto.randomUUID();
        const waiting = i % 20 === 0;
        tx.objectStore('clients').put({
          ...sync(id, sid),
          code: `K-${i + 1}`,
          referralDate: '2024-01-01',
          referralSource: 'default:typ',
          startDate: waiting ? null : '2024-02-01',
          notes: '',
        });
        tx.objectStore('assignments').put({
          ...sync(crypto.randomUUID(), sid),
          clientId: id,
          staffId: staff[i % 10].id,
          date: '2024-02-01',
        });
        if (!waiting) {
          tx.objectStore('phaseChanges').put({
            ...sync(crypto.randomUUID(), sid),
            clientId: id,
            date: '2024-02-01',
            kind: 'move',
            phase: 1,
            closureReason: null,
          });
          tx.objectStore('phaseChanges').put({
            ...sync(crypto.randomUUID(), sid),
            clientId: id,
            date: '2024-03-01',
            kind: 'move',
            phase: (i % 5) + 1,
            closureReason: null,
          });
          if (i % 3 === 0)
            tx.objectStore('phaseChanges').put({
              ...sync(crypto.randomUUID(), sid),
              clientId: id,
              date: '2024-06-01',
              kind: 'close',
              phase: null,
              closureReason: 'other',
            });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
      return sid;
    });

    // The raw IndexedDB reads the views rest on, as a baseline for the figures below.
    const rawReadMs = await page.evaluate(async (sid) => {
      const open = indexedDB.open('fidelio');
      const idb = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const started = performance.now();
      const tx = idb.transaction(['clients', 'phaseChanges', 'assignments'], 'readonly');
      const read = (store) =>
        new Promise((resolve) => (tx.objectStore(store).index('serviceId').getAll(sid).onsuccess = (e) => resolve(e.target.result.length)));
      await Promise.all([read('clients'), read('phaseChanges'), read('assignments')]);
      idb.close();
      return Math.round(performance.now() - started);
    }, serviceId);
    console.log(`  3,000 clients — raw IndexedDB read of clients, phase changes and assignments: ${rawReadMs} ms`);

    const time = async (label, action, ready) => {
      const started = Date.now();
      await action();
      await ready();
      const ms = Date.now() - started;
      console.log(`  3,000 clients — ${label}: ${ms} ms`);
      return ms;
    };
    // Load the app on the service page first, so the figures are of the views, not of the first page load.
    await page.goto(`/services/${serviceId}/staff`);
    await page.getByTestId('staff-table').waitFor();
    const list = await time(
      'open the client list (read, derive state, sort, render 50 rows)',
      () => page.getByRole('link', { name: 'Asiakkaat', exact: true }).click(),
      () => page.getByTestId('client-table').waitFor(),
    );
    const rows = await page.getByTestId('client-table').locator('tbody tr').count();
    assert.equal(rows, 50);
    const sort = await time(
      'sort by days in phase',
      () => page.getByLabel('Järjestys').selectOption('days-in-phase'),
      () => page.getByText('Sivu 1 /').waitFor(),
    );
    const filter = await time(
      'filter all statuses',
      () => page.getByLabel('Tila').selectOption('all'),
      () => page.getByTestId('client-count').filter({ hasText: '3 000' }).waitFor(),
    );
    const next = await time(
      'next page',
      () => page.getByRole('button', { name: 'Seuraavat →' }).click(),
      () => page.getByText('Sivu 2 / 60').waitFor(),
    );
    const overview = await time(
      'open the caseload overview',
      () => page.getByRole('link', { name: 'Asiakasmäärät', exact: true }).click(),
      () => page.getByTestId('specialist-card').nth(9).waitFor(),
    );
    await checkA11y(page, 'caseload overview with 3,000 clients');
    // Bounds for a shared, busy 2-core machine, grown with its load (the figures above are what to
    // read; the speed targets are bench figures); a view that re-read or re-rendered everything per
    // row would blow far past them.
    const bound = (ms) => ms * loadFactor();
    for (const [label, ms] of Object.entries({ list, overview })) assert.ok(ms < bound(5000), `${label} took ${ms} ms`);
    for (const [label, ms] of Object.entries({ sort, filter, next })) assert.ok(ms < bound(2000), `${label} took ${ms} ms`);
    await assertClean(page);
  },
  { timeoutMs: 120_000, alone: true },
); // alone: it times the views against bounds
