import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { getClientDetail } from '../../../src/db/caseload-queries';
import { createClient, recordPhaseChange } from '../../../src/db/repos/caseload-clients';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createService } from '../../../src/db/repos/services';
import { toIsoDate, addDays } from '../../../src/domain/dates';
import { ClientListScreen } from '../../../src/features/caseload/client-list-screen';
import { ClientScreen } from '../../../src/features/caseload/client-screen';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

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

describe('adding a client (issue 15)', () => {
  it('says the client was added, with a link to them, and warns before taking a coach over 20 × FTE', async () => {
    const anna = await createStaff(db, serviceId, staffDraft('Anna', 0.8), new Date());
    for (let i = 1; i <= 16; i += 1) await createClient(db, serviceId, started(`A-${i}`, anna), new Date());
    await renderScreen(<ClientListScreen serviceId={serviceId} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Uusi asiakas' }));
    expect(screen.getByTestId('assignment-warning')).toBeEmptyDOMElement();
    const form = screen.getByRole('region', { name: 'Uusi asiakas' });
    await userEvent.selectOptions(within(form).getByLabelText('Työhönvalmentaja'), anna);
    expect(screen.getByTestId('assignment-warning')).toHaveTextContent(
      'Tämä vie työhönvalmentajan Anna yli rajan: 17/16 asiakasta (20 × asiakastyön osuus 0,8).',
    );

    await userEvent.type(screen.getByLabelText('Asiakastunnus'), 'KÄT-101');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    const added = await screen.findByText('Asiakas KÄT-101 on lisätty.');
    const link = within(screen.getByTestId('client-added')).getByRole('link', { name: 'Avaa asiakas KÄT-101' });
    const saved = (await db.clients.toArray()).find((client) => 'code' in client && client.code === 'KÄT-101');
    expect(link).toHaveAttribute('href', `/clients/${saved?.id}`);
    expect(added).toBeInTheDocument();
    // The form is ready for the next client.
    expect(screen.getByLabelText('Asiakastunnus')).toHaveValue('');
  });

  it('finds clients by part of their code', async () => {
    for (const code of ['KÄT-014', 'KÄT-114', 'KÄT-020']) await createClient(db, serviceId, started(code, null), new Date());
    await renderScreen(<ClientListScreen serviceId={serviceId} />);
    const table = await screen.findByTestId('client-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await userEvent.type(screen.getByLabelText('Hae tunnuksella'), 'kät 14');
    await waitFor(() => expect(within(screen.getByTestId('client-table')).getAllByRole('row')).toHaveLength(2));
    expect(within(screen.getByTestId('client-table')).getByText('KÄT-014')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Hae tunnuksella'));
    await userEvent.type(screen.getByLabelText('Hae tunnuksella'), 'XYZ');
    expect(await screen.findByText('Valinnoilla ei löydy asiakkaita.')).toBeInTheDocument();
  });
});

describe('reassigning a client (issue 15)', () => {
  it('warns with the figure after the assignment when it takes the new coach over the limit', async () => {
    const pekka = await createStaff(db, serviceId, staffDraft('Pekka', 0.5), new Date());
    await createStaff(db, serviceId, staffDraft('Aino', 1), new Date());
    for (let i = 1; i <= 10; i += 1) await createClient(db, serviceId, started(`P-${i}`, pekka), new Date());
    const id = await createClient(db, serviceId, started('T-1', null), new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const form = await screen.findByRole('form', { name: 'Vaihda työhönvalmentaja' });
    await within(form).findByRole('option', { name: 'Pekka' });
    await userEvent.selectOptions(within(form).getByLabelText('Uusi työhönvalmentaja'), pekka);
    await waitFor(() => expect(within(form).getByTestId('assignment-warning')).toHaveTextContent('Pekka yli rajan: 11/10 asiakasta'));
  });
});

describe('the job start prompt (issue 15)', () => {
  it('offers the last phase change as the date when one is recorded after the job start, and the move goes through', async () => {
    const id = await createClient(db, serviceId, started('T-3', null), new Date());
    await recordPhaseChange(db, id, { kind: 'move', date: addDays(TODAY, -5), phase: 3, closureReason: null }, TODAY, new Date());
    await renderScreen(<ClientScreen clientId={id} />);
    const addForm = await screen.findByRole('form', { name: 'Uusi työsuhde' });
    await userEvent.type(within(addForm).getByLabelText('Työnantaja'), 'Posti');
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää uusi työnantaja: Posti' }));
    for (const yes of within(addForm).getAllByRole('radio', { name: 'kyllä' })) await userEvent.click(yes);
    await userEvent.type(within(addForm).getByLabelText('Tehtävä'), 'Postinjakaja');
    await userEvent.type(within(addForm).getByLabelText(/Työn tyyppi/), 'jakelu');
    const start = within(addForm).getByLabelText('Alkoi');
    await userEvent.clear(start);
    await userEvent.type(start, addDays(TODAY, -10));
    await userEvent.click(within(addForm).getByRole('button', { name: 'Lisää työsuhde' }));

    const offer = await screen.findByTestId('phase-5-offer');
    expect(within(offer).getByLabelText('Siirtopäivä')).toHaveValue(addDays(TODAY, -5));
    expect(within(offer).getByTestId('phase-5-offer-later')).toBeInTheDocument();
    const accept = within(offer).getByRole('button', { name: 'Siirrä vaiheeseen 5' });
    expect(accept).toBeEnabled();
    await userEvent.click(accept);
    await waitFor(async () => expect((await getClientDetail(db, id))?.state.phase).toBe(5));
    expect((await getClientDetail(db, id))?.state.since).toBe(addDays(TODAY, -5));
  });
});
