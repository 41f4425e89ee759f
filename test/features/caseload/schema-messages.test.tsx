import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createService } from '../../../src/db/repos/services';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import { ClientListScreen } from '../../../src/features/caseload/client-list-screen';
import { ClientScreen } from '../../../src/features/caseload/client-screen';
import { StaffScreen } from '../../../src/features/caseload/staff-screen';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

/*
 * Issue 18: the caseload forms say what the records' schemas refuse (the rules that guard every
 * write, backup and sync arrival), each message beside its field, with the focus on the first.
 */
const TODAY = toIsoDate(new Date());

let serviceId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
});

describe('caseload forms derive their messages from the records’ schemas', () => {
  it('staff: a name over 200 characters is refused beside the name, which gets the focus', async () => {
    await renderScreen(<StaffScreen serviceId={serviceId} />);
    const name = await screen.findByLabelText('Nimi');
    await userEvent.click(name);
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(screen.getByRole('button', { name: 'Lisää työntekijä' }));
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Teksti on liian pitkä (enintään 200 merkkiä).');
    expect(await db.staff.count()).toBe(0);
  });

  it('an absence: a missing first day is said beside it, in Swedish', async () => {
    await createStaff(db, serviceId, { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }, new Date());
    await renderScreen(<StaffScreen serviceId={serviceId} />, { locale: 'sv' });
    const form = within(await screen.findByRole('form', { name: 'Lägg till frånvaro' }));
    const from = form.getByLabelText('Frånvarande från');
    await userEvent.type(form.getByLabelText('Frånvarande till'), '2025-07-01');
    await userEvent.click(form.getByRole('button', { name: 'Lägg till frånvaro' }));
    await waitFor(() => expect(from).toHaveFocus());
    expect(from).toHaveAccessibleDescription('Skriv ett giltigt datum.');
    expect(await db.staffAbsences.count()).toBe(0);
  });

  it('a client: a code over 40 characters and a start before the referral, each beside its field, in English', async () => {
    await renderScreen(<ClientListScreen serviceId={serviceId} />, { locale: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'New client' }));
    const code = screen.getByLabelText('Client code');
    await userEvent.click(code);
    await userEvent.paste('K'.repeat(41));
    const referral = screen.getByLabelText('Referral date');
    await userEvent.clear(referral);
    await userEvent.type(referral, addDays(TODAY, -5));
    await userEvent.type(screen.getByLabelText(/^Start date/), addDays(TODAY, -10));
    await userEvent.click(screen.getByRole('button', { name: 'Add client' }));
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAccessibleDescription(/The text is too long \(at most 40 characters\)\./);
    expect(screen.getByLabelText(/^Start date/)).toHaveAccessibleDescription(/The start date cannot be before the referral date\./);
    expect(await db.clients.count()).toBe(0);
  });

  it('a referral source: an identity code in the name is refused, naming the field', async () => {
    await renderScreen(<ClientListScreen serviceId={serviceId} />);
    const name = await screen.findByLabelText('Uuden tahon nimi');
    await userEvent.type(name, 'Asiakas 131052-308T');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää taho' }));
    expect(await screen.findByText(/Kentässä ”Uuden tahon nimi” on henkilötunnus/)).toBeInTheDocument();
    await waitFor(() => expect(name).toHaveFocus());
    expect(await db.referralSources.count()).toBe(0);
  });

  it('a job: hours over 80 and an end before the start, beside their fields, focus on the first problem', async () => {
    const id = await createClient(
      db,
      serviceId,
      {
        draft: { code: 'T-1', referralDate: addDays(TODAY, -30), referralSource: 'default:typ', notes: '' },
        start: { date: addDays(TODAY, -20), phase: 1 },
        specialistId: null,
      },
      new Date(),
    );
    await renderScreen(<ClientScreen clientId={id} />);
    const form = within(await screen.findByRole('form', { name: 'Uusi työsuhde' }));
    await userEvent.type(form.getByLabelText('Tehtävä'), 'Kokki');
    await userEvent.type(form.getByLabelText(/Työn tyyppi/), 'ravintola');
    await userEvent.type(form.getByLabelText('Päättyi (valinnainen)'), addDays(TODAY, -1));
    await userEvent.type(form.getByLabelText('Tunteja viikossa (valinnainen)'), '81');
    await userEvent.click(form.getByRole('button', { name: 'Lisää työsuhde' }));
    const hours = form.getByLabelText('Tunteja viikossa (valinnainen)');
    expect(await form.findByText('Anna tunnit viikossa lukuna, yli 0 ja enintään 80.')).toBeInTheDocument();
    expect(hours).toHaveAccessibleDescription('Anna tunnit viikossa lukuna, yli 0 ja enintään 80.');
    expect(form.getByLabelText('Päättyi (valinnainen)')).toHaveAccessibleDescription('Päättymispäivä ei voi olla ennen alkamispäivää.');
    // No employer chosen: the first field in the form is where the focus goes.
    await waitFor(() => expect(form.getByLabelText('Työnantaja')).toHaveFocus());
    expect(await db.jobs.count()).toBe(0);
  });

  it('a reassignment and a closure: a missing date and a missing reason are said at once, beside their fields', async () => {
    await createStaff(db, serviceId, { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }, new Date());
    const id = await createClient(
      db,
      serviceId,
      {
        draft: { code: 'T-2', referralDate: addDays(TODAY, -30), referralSource: 'default:typ', notes: '' },
        start: { date: addDays(TODAY, -20), phase: 1 },
        specialistId: null,
      },
      new Date(),
    );
    await renderScreen(<ClientScreen clientId={id} />);
    const reassign = within(await screen.findByRole('form', { name: 'Vaihda työhönvalmentaja' }));
    // The service's coach is the default choice, never "unassigned" read from a still-loading staff list.
    expect(reassign.getByLabelText('Uusi työhönvalmentaja')).toHaveDisplayValue('Aino');
    await userEvent.clear(reassign.getByLabelText('Alkaen'));
    await userEvent.click(reassign.getByRole('button', { name: 'Vaihda työhönvalmentaja' }));
    await waitFor(() => expect(reassign.getByLabelText('Alkaen')).toHaveFocus());
    expect(reassign.getByLabelText('Alkaen')).toHaveAccessibleDescription('Anna kelvollinen päivämäärä.');

    const close = within(screen.getByRole('form', { name: 'Päätä asiakkuus' }));
    await userEvent.clear(close.getByLabelText('Päivämäärä'));
    await userEvent.click(close.getByRole('button', { name: 'Päätä asiakkuus' }));
    await waitFor(() => expect(close.getByLabelText('Päättymisen syy')).toHaveFocus());
    expect(close.getByLabelText('Päättymisen syy')).toHaveAccessibleDescription('Valitse päättymisen syy.');
    expect(close.getByLabelText('Päivämäärä')).toHaveAccessibleDescription('Anna kelvollinen päivämäärä.');
    expect(await db.assignments.count()).toBe(0);
    expect((await db.phaseChanges.toArray()).map((change) => change.kind)).toEqual(['move']);
  });
});
