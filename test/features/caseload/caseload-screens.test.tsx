import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { getClientDetail } from '../../../src/db/caseload-queries';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createEmployer } from '../../../src/db/repos/employers';
import { createService } from '../../../src/db/repos/services';
import { toIsoDate, addDays } from '../../../src/domain/dates';
import { CaseloadScreen } from '../../../src/features/caseload/caseload-screen';
import { ClientListScreen } from '../../../src/features/caseload/client-list-screen';
import { ClientScreen } from '../../../src/features/caseload/client-screen';
import { StaffScreen } from '../../../src/features/caseload/staff-screen';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';
import { useNoticesStore } from '../../../src/ui/notices-store';

const TODAY = toIsoDate(new Date());
const staffDraft = (name: string, fte: number) => ({ name, role: 'specialist' as const, fte, startDate: '2024-01-01', endDate: null });
const started = (code: string, specialistId: string | null) => ({
  draft: { code, referralDate: addDays(TODAY, -30), referralSource: 'default:typ', notes: '' },
  start: { date: addDays(TODAY, -20), phase: 1 as const },
  specialistId,
});

let serviceId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
});

describe('the caseload overview', () => {
  it('shows each specialist against 20 × FTE with a warning over the limit, and the ratio', async () => {
    const full = await createStaff(db, serviceId, staffDraft('Aino', 1), new Date());
    const half = await createStaff(db, serviceId, staffDraft('Pekka', 0.5), new Date());
    for (let i = 1; i <= 11; i += 1) await createClient(db, serviceId, started(`P-${i}`, half), new Date());
    for (let i = 1; i <= 7; i += 1) await createClient(db, serviceId, started(`A-${i}`, full), new Date());
    await createClient(db, serviceId, { ...started('W-1', null), start: null }, new Date());
    await renderScreen(<CaseloadScreen serviceId={serviceId} />);

    const cards = await screen.findAllByTestId('specialist-card');
    expect(cards.map((card) => within(card).getByTestId('caseload-load').textContent)).toEqual(['7 / 20', '11 / 10']);
    expect(within(cards[1]!).getByText('yli rajan')).toBeInTheDocument();
    expect(within(cards[1]!).getByTestId('over-limit-warning')).toHaveTextContent('Pekka on yli rajan: 11 / 10');
    expect(within(cards[0]!).queryByTestId('over-limit-warning')).toBeNull();
    // 18 active clients ÷ 1.5 FTE = 12
    expect(screen.getByTestId('caseload-ratio')).toHaveTextContent('12 asiakasta henkilötyövuotta kohden');
    expect(within(screen.getByTestId('waiting-clients')).getByText('W-1')).toBeInTheDocument();
    expect(within(screen.getByTestId('waiting-clients')).getByText('30 päivää')).toBeInTheDocument();
  });
});

describe('staff', () => {
  it('refuses FTE outside 0–1 and an end before the start with messages next to the fields', async () => {
    await renderScreen(<StaffScreen serviceId={serviceId} />);
    await userEvent.type(await screen.findByLabelText('Nimi'), 'Aino');
    const fte = screen.getByLabelText('Asiakastyön osuus (0–1)');
    await userEvent.clear(fte);
    await userEvent.type(fte, '1,5');
    await userEvent.type(screen.getByLabelText('Palveluksessa asti (valinnainen)'), '2000-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää työntekijä' }));
    expect(await screen.findByText('Anna asiakastyön osuus väliltä 0–1, esim. 0,5.')).toBeInTheDocument();
    expect(screen.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.')).toBeInTheDocument();
    expect(await db.staff.count()).toBe(0);

    await userEvent.clear(fte);
    await userEvent.type(fte, '0,5');
    await userEvent.clear(screen.getByLabelText('Palveluksessa asti (valinnainen)'));
    await userEvent.click(screen.getByRole('button', { name: 'Lisää työntekijä' }));
    await waitFor(async () => expect((await db.staff.toArray()).map((s) => s.fte)).toEqual([0.5]));
    expect(await screen.findByRole('rowheader', { name: 'Aino' })).toBeInTheDocument();
  });

  it('records an absence, refusing an end before the start, and the contact log review', async () => {
    const staffId = await createStaff(
      db,
      serviceId,
      { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
      new Date(),
    );
    await renderScreen(<StaffScreen serviceId={serviceId} />);
    const absences = within(await screen.findByRole('form', { name: 'Lisää poissaolo' }));
    await userEvent.type(absences.getByLabelText('Poissa alkaen'), '2025-07-28');
    await userEvent.type(absences.getByLabelText('Poissa asti'), '2025-07-01');
    await userEvent.click(absences.getByRole('button', { name: 'Lisää poissaolo' }));
    expect(await absences.findByText('Päättymispäivä ei voi olla ennen alkamispäivää.')).toBeInTheDocument();
    expect(await db.staffAbsences.count()).toBe(0);

    await userEvent.clear(absences.getByLabelText('Poissa alkaen'));
    await userEvent.type(absences.getByLabelText('Poissa alkaen'), '2025-06-30');
    await userEvent.click(absences.getByRole('button', { name: 'Lisää poissaolo' }));
    await waitFor(async () =>
      expect((await db.staffAbsences.toArray()).map((a) => [a.staffId, a.from, a.to])).toEqual([[staffId, '2025-06-30', '2025-07-01']]),
    );
    expect(await screen.findByTestId('absences-table')).toHaveTextContent('Aino');

    await userEvent.selectOptions(screen.getByLabelText('Tiiminvetäjä käy kontaktilomakkeen läpi'), 'Kuukausittain');
    await waitFor(async () => expect((await db.services.get(serviceId))?.contactLogReview).toBe('monthly'));
  });
});

describe('the client list', () => {
  it('refuses an identity code and a duplicate code next to the field, saving nothing', async () => {
    await createClient(db, serviceId, started('KÄT-001', null), new Date());
    await renderScreen(<ClientListScreen serviceId={serviceId} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Uusi asiakas' }));
    const code = screen.getByLabelText('Asiakastunnus');
    await userEvent.type(code, '131052-308T');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    expect(await screen.findByText(/Kentässä ”Asiakastunnus” on henkilötunnus/)).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(code);
    await userEvent.type(code, 'kät-001');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    expect(await screen.findByText('Palvelussa on jo asiakas tällä tunnuksella.')).toBeInTheDocument();
    expect(await db.clients.count()).toBe(1);
  });

  it('pages 3,000 clients 50 at a time and filters by status', async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `c${i}`,
      serviceId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      code: `K-${i + 1}`,
      referralDate: '2025-01-01',
      referralSource: 'default:typ',
      startDate: i % 10 === 0 ? null : '2025-01-02',
      notes: '',
    }));
    const changes = rows
      .filter((r) => r.startDate)
      .map((r) => ({
        id: `p${r.id}`,
        serviceId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        clientId: r.id,
        date: '2025-01-02',
        kind: 'move' as const,
        phase: 2 as const,
        closureReason: null,
      }));
    await db.clients.bulkAdd(rows);
    await db.phaseChanges.bulkAdd(changes);
    // How quickly is a benchmark figure (npm run bench, test/e2e/large-caseload.mjs), not a bound here.
    await renderScreen(<ClientListScreen serviceId={serviceId} />);
    expect(await screen.findByTestId('client-count')).toHaveTextContent('Asiakkaat 1–50 / 2');
    expect(screen.getByTestId('client-count').textContent?.replace(/\s/g, '')).toBe('Asiakkaat1–50/2700');
    expect(within(screen.getByTestId('client-table')).getAllByRole('row')).toHaveLength(51);
    await userEvent.click(screen.getByRole('button', { name: 'Seuraavat →' }));
    expect(screen.getByText('Sivu 2 / 54')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Tila'), 'waiting');
    expect(screen.getByTestId('client-count').textContent?.replace(/\s/g, '')).toBe('Asiakkaat1–50/300');
  });
});

describe('a client', () => {
  it('moves back a phase, closes with a reason and reopens, keeping the timeline', async () => {
    const id = await createClient(db, serviceId, started('T-1', null), new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const moveForm = await screen.findByRole('form', { name: 'Siirrä vaiheeseen' });
    await userEvent.selectOptions(within(moveForm).getByLabelText('Uusi vaihe'), '3');
    await userEvent.click(within(moveForm).getByRole('button', { name: 'Siirrä' }));
    await waitFor(() => expect(screen.getByTestId('client-phase')).toHaveTextContent('3. Työn etsintä'));
    const back = screen.getByRole('form', { name: 'Siirrä vaiheeseen' });
    await userEvent.selectOptions(within(back).getByLabelText('Uusi vaihe'), '2');
    await userEvent.click(within(back).getByRole('button', { name: 'Siirrä' }));
    await waitFor(() => expect(screen.getByTestId('client-phase')).toHaveTextContent('2. Ammatillinen profilointi'));

    const closeForm = screen.getByRole('form', { name: 'Päätä asiakkuus' });
    await userEvent.click(within(closeForm).getByRole('button', { name: 'Päätä asiakkuus' }));
    expect(await within(closeForm).findByText('Valitse päättymisen syy.')).toBeInTheDocument();
    await userEvent.selectOptions(within(closeForm).getByLabelText('Päättymisen syy'), 'pension');
    await userEvent.click(within(closeForm).getByRole('button', { name: 'Päätä asiakkuus' }));
    await waitFor(() => expect(screen.getByTestId('client-status')).toHaveTextContent('Päättynyt'));
    await userEvent.click(screen.getByRole('button', { name: 'Avaa uudelleen' }));
    await waitFor(() => expect(screen.getByTestId('client-phase')).toHaveTextContent('2. Ammatillinen profilointi'));
    expect(within(screen.getByTestId('phase-timeline')).getAllByRole('listitem')).toHaveLength(5);
    expect((await getClientDetail(db, id))?.changes.map((c) => c.kind)).toEqual(['move', 'move', 'move', 'close', 'reopen']);
  });
  it('records one move when "Siirrä" is tapped twice in a row, with no refusal', async () => {
    useNoticesStore.getState().dismissStorageProblem();
    const id = await createClient(db, serviceId, started('T-3', null), new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const moveForm = await screen.findByRole('form', { name: 'Siirrä vaiheeseen' });
    const move = within(moveForm).getByRole('button', { name: 'Siirrä' });
    fireEvent.click(move);
    fireEvent.click(move);
    await waitFor(() => expect(screen.getByTestId('client-phase')).toHaveTextContent('2. Ammatillinen profilointi'));
    expect((await getClientDetail(db, id))?.changes.map((c) => c.phase)).toEqual([1, 2]);
    expect(useNoticesStore.getState().storageProblem).toBeNull();
  });
});

describe('a job', () => {
  it('can be corrected later, e.g. to record the day it ended', async () => {
    const id = await createClient(db, serviceId, started('T-2', null), new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const addForm = await screen.findByRole('form', { name: 'Uusi työsuhde' });
    await userEvent.type(within(addForm).getByLabelText('Työnantaja'), 'Posti');
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää uusi työnantaja: Posti' }));
    for (const yes of within(addForm).getAllByRole('radio', { name: 'kyllä' })) await userEvent.click(yes);
    await userEvent.type(within(addForm).getByLabelText('Tehtävä'), 'Postinjakaja');
    await userEvent.type(within(addForm).getByLabelText(/Työn tyyppi/), 'jakelu');
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää työsuhde' }));
    const table = await screen.findByTestId('job-table');
    await userEvent.click(within(table).getByRole('button', { name: /Muokkaa/ }));

    const editForm = screen.getByRole('form', { name: 'Muokkaa työsuhdetta' });
    await userEvent.type(within(editForm).getByLabelText('Päättyi (valinnainen)'), TODAY);
    await userEvent.click(within(editForm).getByRole('button', { name: 'Tallenna muutokset' }));
    await waitFor(async () => expect((await getClientDetail(db, id))?.jobs[0]?.endDate).toBe(TODAY));
    expect(screen.queryByRole('form', { name: 'Muokkaa työsuhdetta' })).not.toBeInTheDocument();
    expect((await getClientDetail(db, id))?.jobs).toHaveLength(1);
  });

  it('names its employer from the directory, found by part of the name, and is competitive only when all four answers are yes', async () => {
    const id = await createClient(db, serviceId, started('T-4', null), new Date());
    const cafe = await createEmployer(db, serviceId, { name: 'Kahvila Ääni', sector: '', area: '', notes: '' }, new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const addForm = await screen.findByRole('form', { name: 'Uusi työsuhde' });
    // Nothing chosen and no answers: both are asked for, nothing is saved.
    await userEvent.type(within(addForm).getByLabelText('Tehtävä'), 'Kokki');
    await userEvent.type(within(addForm).getByLabelText(/Työn tyyppi/), 'ravintola');
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää työsuhde' }));
    expect(await within(addForm).findByText('Valitse työnantaja luettelosta tai lisää uusi työnantaja.')).toBeInTheDocument();
    expect(within(addForm).getByText('Vastaa kaikkiin neljään kysymykseen.')).toBeInTheDocument();

    await userEvent.type(within(addForm).getByLabelText('Työnantaja'), 'ääni');
    await userEvent.click(within(addForm).getByRole('button', { name: 'Kahvila Ääni' }));
    expect(within(addForm).getByText('Valittu: Kahvila Ääni')).toBeInTheDocument();
    const groups = within(addForm).getAllByRole('radiogroup');
    expect(groups).toHaveLength(4);
    for (const group of groups.slice(0, 3)) await userEvent.click(within(group).getByRole('radio', { name: 'kyllä' }));
    expect(within(addForm).getByTestId('competitive-result')).toHaveTextContent('Vastaa kysymyksiin');
    // Ends with the project: not a competitive job.
    await userEvent.click(within(groups[3]!).getByRole('radio', { name: 'ei' }));
    expect(within(addForm).getByTestId('competitive-result')).toHaveTextContent('Ei lasketa työksi avoimilla työmarkkinoilla.');
    expect(within(addForm).getByText('Välityömarkkinat')).toBeInTheDocument();
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää työsuhde' }));
    await waitFor(async () => expect((await getClientDetail(db, id))?.jobs).toHaveLength(1));
    const job = (await getClientDetail(db, id))!.jobs[0]!;
    expect(job).toMatchObject({
      employerId: cafe,
      competitive: false,
      competitiveAnswers: { openMarket: true, usualPay: true, notReserved: true, notTimeLimited: false },
    });
    expect(await db.employers.count()).toBe(1);
    expect(within(await screen.findByTestId('job-table')).getByRole('rowheader', { name: 'Kahvila Ääni' })).toBeInTheDocument();
  });

  it('saved before the questions keeps its flag when edited without answering them', async () => {
    const id = await createClient(db, serviceId, started('T-5', null), new Date());
    const cafe = await createEmployer(db, serviceId, { name: 'Kahvila Ääni', sector: '', area: '', notes: '' }, new Date());
    await db.jobs.add({
      id: 'old-job',
      serviceId,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      deletedAt: null,
      clientId: id,
      employerId: cafe,
      title: 'Kokki',
      jobType: 'ravintola',
      startDate: '2025-01-01',
      endDate: null,
      hoursPerWeek: null,
      competitive: true,
      competitiveAnswers: null,
      paySubsidy: true,
    });
    await renderScreen(<ClientScreen clientId={id} />);
    await userEvent.click(within(await screen.findByTestId('job-table')).getByRole('button', { name: /Muokkaa/ }));
    const editForm = screen.getByRole('form', { name: 'Muokkaa työsuhdetta' });
    expect(within(editForm).getByTestId('competitive-result')).toHaveTextContent('merkintä avoimista työmarkkinoista: kyllä');
    expect(within(editForm).getByLabelText('Työnantaja')).toHaveValue('Kahvila Ääni');
    await userEvent.type(within(editForm).getByLabelText('Päättyi (valinnainen)'), TODAY);
    await userEvent.click(within(editForm).getByRole('button', { name: 'Tallenna muutokset' }));
    await waitFor(async () => expect((await db.jobs.get('old-job'))?.endDate).toBe(TODAY));
    expect(await db.jobs.get('old-job')).toMatchObject({ competitive: true, competitiveAnswers: null, employerId: cafe });
  });
});
