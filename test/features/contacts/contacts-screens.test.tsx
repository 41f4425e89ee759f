import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createContact } from '../../../src/db/repos/employer-contacts';
import { createEmployer } from '../../../src/db/repos/employers';
import { createService } from '../../../src/db/repos/services';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import { weekStart } from '../../../src/domain/employers/weeks';
import { ClientContactsScreen } from '../../../src/features/contacts/client-contacts-screen';
import { EmployerScreen } from '../../../src/features/contacts/employer-screen';
import { EmployersScreen } from '../../../src/features/contacts/employers-screen';
import { MyWeekScreen } from '../../../src/features/contacts/my-week-screen';
import { useSpecialistStore } from '../../../src/features/contacts/specialist-store';
import { TeamWeekScreen } from '../../../src/features/contacts/team-week-screen';
import enContacts from '../../../src/i18n/en/contacts.json';
import fiContacts from '../../../src/i18n/fi/contacts.json';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const TODAY = toIsoDate(new Date());
const MONDAY = weekStart(TODAY);
const staffDraft = (name: string, fte: number) => ({ name, role: 'specialist' as const, fte, startDate: '2024-01-01', endDate: null });
const employer = (name: string) => ({ name, sector: '', area: '', notes: '' });
const base = {
  contactPersonId: null,
  clientIds: [],
  purpose: 'learn-needs' as const,
  outcome: '',
  nextStep: '',
  followUpDate: null,
  notes: '',
};

let serviceId: string;
let aino: string;
let pekka: string;
let cafe: string;
let clientId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
  aino = await createStaff(db, serviceId, staffDraft('Aino', 1), new Date());
  pekka = await createStaff(db, serviceId, staffDraft('Pekka', 0.5), new Date());
  cafe = await createEmployer(db, serviceId, employer('Kahvila Ääni'), new Date());
  clientId = await createClient(
    db,
    serviceId,
    {
      draft: { code: 'KÄT-001', referralDate: addDays(TODAY, -30), referralSource: 'default:typ', notes: '' },
      start: { date: addDays(TODAY, -20), phase: 1 },
      specialistId: aino,
    },
    new Date(),
  );
  useSpecialistStore.setState({ byService: {} });
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

describe('contacts messages', () => {
  it('has the same keys in Finnish and English', () => {
    expect(keys(fiContacts)).toEqual(keys(enContacts));
  });
});

describe('my week', () => {
  it('logs a face-to-face contact in a few taps after choosing my name, and counts it against 6', async () => {
    await renderScreen(<MyWeekScreen serviceId={serviceId} />);
    await userEvent.selectOptions(await screen.findByLabelText('Kuka olen'), 'Aino');
    expect(useSpecialistStore.getState().byService[serviceId]).toBe(aino);
    const form = await screen.findByRole('form', { name: 'Kirjaa kontakti' });
    // Today, my name and face-to-face are preselected; only the employer is chosen.
    expect(within(form).getByLabelText('Tapaaminen kasvokkain')).toBeChecked();
    expect(within(form).getByLabelText('Päivämäärä')).toHaveValue(TODAY);
    await userEvent.selectOptions(within(form).getByLabelText('Työnantaja'), 'Kahvila Ääni');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna kontakti' }));
    await waitFor(() => expect(screen.getByTestId('my-week-count')).toHaveTextContent('Kasvokkaiset kontaktit: 1 / 6'));
    expect(within(screen.getByTestId('my-week-contacts')).getByText('1. käynti')).toBeInTheDocument();
    const saved = await db.employerContacts.toArray();
    expect(saved).toMatchObject([{ staffId: aino, employerId: cafe, mode: 'face-to-face', date: TODAY }]);
  });

  it('logs one contact when "Tallenna kontakti" is tapped twice in a row, so the week is not counted twice', async () => {
    await renderScreen(<MyWeekScreen serviceId={serviceId} />);
    await userEvent.selectOptions(await screen.findByLabelText('Kuka olen'), 'Aino');
    const form = await screen.findByRole('form', { name: 'Kirjaa kontakti' });
    await userEvent.selectOptions(within(form).getByLabelText('Työnantaja'), 'Kahvila Ääni');
    const saveButton = within(form).getByRole('button', { name: 'Tallenna kontakti' });
    fireEvent.click(saveButton);
    fireEvent.click(saveButton);
    await waitFor(() => expect(screen.getByTestId('my-week-count')).toHaveTextContent('Kasvokkaiset kontaktit: 1 / 6'));
    await waitFor(() => expect(saveButton).toBeEnabled());
    expect(await db.employerContacts.count()).toBe(1);
  });

  it('adds a new employer from the contact form without leaving it, chosen for the contact (issue 15)', async () => {
    await renderScreen(<MyWeekScreen serviceId={serviceId} />);
    await userEvent.selectOptions(await screen.findByLabelText('Kuka olen'), 'Aino');
    const form = await screen.findByRole('form', { name: 'Kirjaa kontakti' });
    await userEvent.click(within(form).getByRole('button', { name: 'Uusi työnantaja' }));
    await userEvent.type(within(form).getByLabelText('Työnantajan nimi'), 'Konepaja Oy');
    await userEvent.click(within(form).getByRole('button', { name: 'Lisää ja valitse' }));
    await waitFor(() => expect(within(form).getByLabelText('Työnantaja')).toHaveDisplayValue('Konepaja Oy'));
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna kontakti' }));
    await waitFor(async () => expect(await db.employerContacts.count()).toBe(1));
    const added = (await db.employers.toArray()).find((e) => e.name === 'Konepaja Oy');
    expect((await db.employerContacts.toArray())[0]?.employerId).toBe(added?.id);
  });

  it('refuses a future date, a follow-up before the contact and an unknown client code, saving nothing', async () => {
    useSpecialistStore.getState().choose(serviceId, aino);
    await renderScreen(<MyWeekScreen serviceId={serviceId} />);
    const form = await screen.findByRole('form', { name: 'Kirjaa kontakti' });
    await userEvent.selectOptions(within(form).getByLabelText('Työnantaja'), 'Kahvila Ääni');
    const date = within(form).getByLabelText('Päivämäärä');
    await userEvent.clear(date);
    await userEvent.type(date, addDays(TODAY, 1));
    await userEvent.type(within(form).getByLabelText('Asiakastunnukset (valinnainen)'), 'KÄT-001, X-404');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna kontakti' }));
    expect(await within(form).findByText('Päivämäärä ei voi olla tämän päivän jälkeen.')).toBeInTheDocument();
    expect(within(form).getByText('Tuntematon asiakastunnus: X-404')).toBeInTheDocument();
    await userEvent.clear(date);
    await userEvent.type(date, TODAY);
    await userEvent.type(within(form).getByLabelText('Seurantapäivä (valinnainen)'), addDays(TODAY, -1));
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna kontakti' }));
    expect(await within(form).findByText('Seurantapäivä ei voi olla ennen kontaktin päivää.')).toBeInTheDocument();
    expect(await db.employerContacts.count()).toBe(0);
  });
});

describe('team week', () => {
  it('shows each specialist’s count this week, who is under target, the services-6 mean and the trend table', async () => {
    for (let i = 0; i < 6; i += 1)
      await createContact(db, serviceId, { ...base, date: MONDAY, staffId: aino, employerId: cafe, mode: 'face-to-face' }, new Date());
    await createContact(db, serviceId, { ...base, date: MONDAY, staffId: pekka, employerId: cafe, mode: 'face-to-face' }, new Date());
    await createContact(db, serviceId, { ...base, date: MONDAY, staffId: pekka, employerId: cafe, mode: 'phone' }, new Date());
    await renderScreen(<TeamWeekScreen serviceId={serviceId} />, { locale: 'en' });
    const table = await screen.findByTestId('team-week-table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toContain('Aino6 / 6');
    expect(rows[0]).toContain('Target met');
    expect(rows[1]).toContain('Pekka1 / 6');
    expect(rows[1]).toContain('Under target');
    // (6 + 1) face-to-face contacts over 12 weeks, mean of 0.5 and 0.083 per week.
    expect(screen.getByTestId('service-rate')).toHaveTextContent('Service mean (item 6): 0.3 face-to-face');
    await userEvent.click(screen.getByRole('button', { name: 'As a table' }));
    const trend = screen.getByTestId('team-trend-table');
    expect(within(trend).getAllByRole('row')[1]?.textContent?.endsWith('6')).toBe(true);
  });
});

describe('employers', () => {
  it('does not create a duplicate name and points at the existing employer', async () => {
    await renderScreen(<EmployersScreen serviceId={serviceId} />);
    const form = await screen.findByRole('form', { name: 'Lisää työnantaja' });
    await userEvent.type(within(form).getByLabelText('Nimi'), '  KAHVILA   ääni ');
    await userEvent.click(within(form).getByRole('button', { name: 'Lisää työnantaja' }));
    expect(await within(form).findByText('Samanniminen työnantaja on jo rekisterissä: Kahvila Ääni.')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: 'Avaa olemassa oleva' })).toHaveAttribute('href', `/employers/${cafe}`);
    expect(await db.employers.count()).toBe(1);
  });

  it("corrects an employer's details later, refusing a name another employer has", async () => {
    const other = await createEmployer(db, serviceId, employer('Posti'), new Date());
    await renderScreen(<EmployerScreen employerId={other} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Muokkaa työnantajan tietoja' }));
    const form = screen.getByRole('form', { name: 'Muokkaa työnantajan tietoja' });
    const name = within(form).getByLabelText('Nimi');
    await userEvent.clear(name);
    await userEvent.type(name, 'kahvila ääni');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(await within(form).findByText(/Samanniminen työnantaja on jo rekisterissä/)).toBeInTheDocument();
    await userEvent.clear(name);
    await userEvent.type(name, 'Posti Oy');
    await userEvent.type(within(form).getByLabelText('Osoite tai alue'), 'Jyväskylä');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await db.employers.get(other))?.name).toBe('Posti Oy'));
    expect((await db.employers.get(other))?.area).toBe('Jyväskylä');
    expect(await screen.findByRole('heading', { level: 1, name: 'Posti Oy' })).toBeInTheDocument();
  });
});

describe('editing a contact later', () => {
  it('changes a logged contact to a phone call, which no longer counts toward 6', async () => {
    await createContact(db, serviceId, { ...base, date: TODAY, staffId: aino, employerId: cafe, mode: 'face-to-face' }, new Date());
    useSpecialistStore.getState().choose(serviceId, aino);
    await renderScreen(<MyWeekScreen serviceId={serviceId} />);
    expect(await screen.findByTestId('my-week-count')).toHaveTextContent('1 / 6');
    await userEvent.click(within(screen.getByTestId('my-week-contacts')).getByRole('button', { name: 'Muokkaa' }));
    const form = await screen.findByRole('form', { name: 'Muokkaa kontaktia' });
    await userEvent.click(within(form).getByLabelText('Puhelu'));
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByTestId('my-week-count')).toHaveTextContent('0 / 6'));
    expect(screen.queryByRole('form', { name: 'Muokkaa kontaktia' })).toBeNull();
    expect((await db.employerContacts.toArray()).map((c) => c.mode)).toEqual(['phone']);
  });
});

describe('merging duplicates', () => {
  it('offers a duplicate that arrived from elsewhere for merging and keeps its contacts', async () => {
    const at = new Date().toISOString();
    const dup = 'dup-employer';
    await db.employers.add({
      id: dup,
      serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      mergedInto: null,
      name: 'KAHVILA ÄÄNI',
      sector: '',
      area: '',
      notes: '',
    });
    await createContact(db, serviceId, { ...base, date: TODAY, staffId: aino, employerId: dup, mode: 'face-to-face' }, new Date());
    await renderScreen(<EmployersScreen serviceId={serviceId} />);
    const duplicates = await screen.findByTestId('duplicates');
    await userEvent.click(within(duplicates).getAllByRole('button', { name: /Yhdistä tähän/ })[0]!);
    await userEvent.click(await screen.findByRole('button', { name: 'Yhdistä' }));
    await waitFor(() => expect(screen.queryByTestId('duplicates')).toBeNull());
    const kept = (await db.employers.toArray()).filter((e) => e.deletedAt === null);
    expect(kept).toHaveLength(1);
    expect((await db.employerContacts.toArray())[0]?.employerId).toBe(kept[0]?.id);
  });
});

describe('a client’s contacts', () => {
  it('lists contacts made for the client and the days from their start to the first face-to-face one', async () => {
    await createContact(
      db,
      serviceId,
      { ...base, date: addDays(TODAY, -15), staffId: aino, employerId: cafe, mode: 'phone', clientIds: [clientId] },
      new Date(),
    );
    await createContact(
      db,
      serviceId,
      { ...base, date: addDays(TODAY, -12), staffId: aino, employerId: cafe, mode: 'face-to-face', clientIds: [clientId] },
      new Date(),
    );
    await createContact(
      db,
      serviceId,
      { ...base, date: addDays(TODAY, -10), staffId: aino, employerId: cafe, mode: 'face-to-face' },
      new Date(),
    );
    await renderScreen(<ClientContactsScreen clientId={clientId} />);
    // Started 20 days ago; the first face-to-face contact for them 12 days ago → 8 days.
    expect(await screen.findByTestId('first-contact')).toHaveTextContent(
      'Ensimmäinen kasvokkainen työnantajakontakti 8 päivää aloituksesta',
    );
    const rows = within(screen.getByTestId('client-contacts')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('2. käynti');
    expect(rows[2]).toHaveTextContent('1. käynti');
  });
});
