import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { createService } from '../../../src/db/repos/services';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import { ClientScreen } from '../../../src/features/caseload/client-screen';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const TODAY = toIsoDate(new Date());
let serviceId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
});

describe('issue 14 #2: "Erase client" on the client screen', () => {
  it('erases only after the client code is typed, leaving a content-free tombstone', async () => {
    const draft = {
      code: 'KÄT-077',
      referralDate: addDays(TODAY, -30),
      referralSource: 'default:typ',
      notes: 'Arkaluonteinen muistiinpano',
    };
    const id = await createClient(db, serviceId, { draft, start: null, specialistId: null }, new Date());
    const { location } = await renderScreen(<Route path="/clients/:id">{(p) => <ClientScreen clientId={p.id} />}</Route>, {
      path: `/clients/${id}`,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Poista asiakkaan tiedot' }));
    const dialog = screen.getByRole('dialog', { name: /Poistetaanko asiakkaan KÄT-077 tiedot pysyvästi/ });
    const confirm = within(dialog).getByRole('button', { name: 'Poista pysyvästi' });
    expect(confirm).toBeDisabled();
    const input = within(dialog).getByLabelText(/Vahvista kirjoittamalla asiakastunnus KÄT-077/);
    await userEvent.type(input, 'KÄT-07');
    expect(confirm).toBeDisabled();
    await userEvent.type(input, '7');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);
    await waitFor(async () => expect(await db.clients.get(id)).not.toHaveProperty('code'));
    const tombstone = await db.clients.get(id);
    expect(Object.keys(tombstone ?? {}).sort()).toEqual(['createdAt', 'deletedAt', 'id', 'serviceId', 'updatedAt']);
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/services/${serviceId}/clients`));
  });
});
