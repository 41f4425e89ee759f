import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createEmployer } from '../../../src/db/repos/employers';
import { createService } from '../../../src/db/repos/services';
import { EmployerScreen } from '../../../src/features/contacts/employer-screen';
import { EmployersScreen } from '../../../src/features/contacts/employers-screen';
import { MyWeekScreen } from '../../../src/features/contacts/my-week-screen';
import { useSpecialistStore } from '../../../src/features/contacts/specialist-store';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

/*
 * Issue 18: the contacts forms say what the records' schemas refuse (the rules that guard every
 * write, backup and sync arrival), each message beside its field, with the focus on the first.
 */
let serviceId: string;
let employerId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
  employerId = await createEmployer(db, serviceId, { name: 'Kahvila Ääni', sector: '', area: '', notes: '' }, new Date());
  useSpecialistStore.setState({ byService: {} });
});

describe('contacts forms derive their messages from the records’ schemas', () => {
  it('a new employer: an identity code in the sector is said beside the sector, which gets the focus', async () => {
    await renderScreen(<EmployersScreen serviceId={serviceId} />);
    const form = within(await screen.findByRole('form', { name: 'Lisää työnantaja' }));
    await userEvent.type(form.getByLabelText('Nimi'), 'Konepaja Oy');
    const sector = form.getByLabelText('Toimiala');
    await userEvent.type(sector, 'Yhteyshenkilö 131052-308T');
    await userEvent.click(form.getByRole('button', { name: 'Lisää työnantaja' }));
    await waitFor(() => expect(sector).toHaveFocus());
    expect(sector).toHaveAccessibleDescription(/Kentässä ”Toimiala” on henkilötunnus/);
    expect(form.getByLabelText('Nimi')).not.toHaveAttribute('aria-invalid');
    expect(await db.employers.count()).toBe(1);
  });

  it("an employer's details: an identity code in the notes is said beside the notes, and nothing changes", async () => {
    const before = await db.employers.get(employerId);
    await renderScreen(<EmployerScreen employerId={employerId} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Muokkaa työnantajan tietoja' }));
    const form = within(screen.getByRole('form', { name: 'Muokkaa työnantajan tietoja' }));
    const notes = form.getByLabelText('Muistiinpanot');
    await userEvent.type(notes, 'Asiakas 131052-308T');
    await userEvent.click(form.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(notes).toHaveFocus());
    expect(notes).toHaveAccessibleDescription(/Kentässä ”Muistiinpanot” on henkilötunnus/);
    expect(await db.employers.get(employerId)).toEqual(before);
  });

  it('a contact person: a role over 200 characters is refused beside the role, in English', async () => {
    await renderScreen(<EmployerScreen employerId={employerId} />, { locale: 'en' });
    const form = within(await screen.findByRole('form', { name: 'Add contact person' }));
    await userEvent.type(form.getByLabelText("Contact person's name"), 'Maija');
    const role = form.getByLabelText('Role');
    await userEvent.click(role);
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(form.getByRole('button', { name: 'Add contact person' }));
    await waitFor(() => expect(role).toHaveFocus());
    expect(role).toHaveAccessibleDescription('The text is too long (at most 200 characters).');
    expect(await db.employerContactPeople.count()).toBe(0);
  });

  it('a contact: an outcome over 2,000 characters is refused beside the outcome, in Swedish', async () => {
    const aino = await createStaff(
      db,
      serviceId,
      { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
      new Date(),
    );
    useSpecialistStore.getState().choose(serviceId, aino);
    await renderScreen(<MyWeekScreen serviceId={serviceId} />, { locale: 'sv' });
    const form = within(await screen.findByRole('form', { name: 'Anteckna en kontakt' }));
    await userEvent.selectOptions(form.getByLabelText('Arbetsgivare'), 'Kahvila Ääni');
    const outcome = form.getByLabelText('Resultat');
    await userEvent.click(outcome);
    await userEvent.paste('x'.repeat(2001));
    await userEvent.click(form.getByRole('button', { name: 'Spara kontakten' }));
    await waitFor(() => expect(outcome).toHaveFocus());
    expect(outcome).toHaveAccessibleDescription(/^Texten är för lång \(högst 2\s000 tecken\)\.$/);
    expect(await db.employerContacts.count()).toBe(0);
  });
});
