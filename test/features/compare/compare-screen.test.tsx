import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { listServiceRounds } from '../../../src/db/comparison-queries';
import { loadDemo } from '../../../src/db/repos/demo';
import { recordFollowUp } from '../../../src/db/repos/follow-ups';
import { createReview } from '../../../src/db/repos/reviews';
import { listRecommendations } from '../../../src/db/queries';
import { CompareScreen } from '../../../src/features/compare/compare-screen';
import type { Locale } from '../../../src/domain/fidelity/scale-definition';
import { renderScreen } from '../../render';
import { reviewDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2025-03-10T09:00:00.000Z');

function routes() {
  return <Route path="/services/:serviceId/compare">{(p) => <CompareScreen serviceId={p.serviceId} />}</Route>;
}

async function demo(locale: Locale = 'fi') {
  const [serviceId] = await loadDemo(db, locale, NOW);
  const [r2022, r2021] = (await listServiceRounds(db, serviceId!)).map((r) => r.review);
  return { serviceId: serviceId!, r2021: r2021!, r2022: r2022! };
}

withEmptyAppDb();

describe('the comparison screen', () => {
  it('compares the last two final reviews by default: 83 → 91, +8, with the item changes', async () => {
    const { serviceId } = await demo();
    await renderScreen(routes(), { path: `/services/${serviceId}/compare` });
    expect(await screen.findByTestId('total-change')).toHaveTextContent('83 → 91, +8');
    expect(screen.getByTestId('change-counts')).toHaveTextContent('8 kohtaa parani · 16 kohtaa ennallaan · 1 kohta heikkeni');
    const table = screen.getByTestId('item-changes');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(25);
    const benefits = rows.find((r) => r.dataset.item === 'services-1')!;
    expect(
      within(benefits)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '4', '+2 ▲ parani']);
    // Section subtotals with means, and both bands marked "fair".
    expect(screen.getByRole('row', { name: /Henkilöstö 14 \/ 15/ })).toBeInTheDocument();
    expect(screen.getAllByText('kohtalainen')).toHaveLength(2);
  });

  it('sorts the items by change, with the direction in words as well as symbols', async () => {
    const { serviceId } = await demo();
    await renderScreen(routes(), { path: `/services/${serviceId}/compare` });
    const order = await screen.findByLabelText('Järjestys');
    await userEvent.selectOptions(order, 'largest-drop');
    const first = () => within(screen.getByTestId('item-changes')).getAllByRole('row')[1]!;
    expect(first().dataset.item).toBe('organization-3');
    expect(first()).toHaveTextContent('heikkeni');
    expect(within(screen.getByTestId('item-changes')).getByRole('columnheader', { name: 'Muutos' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.selectOptions(order, 'largest-gain');
    expect(first().dataset.item).toBe('services-1');
  });

  it('takes the reviews from the address and updates it when another pair is chosen', async () => {
    const { serviceId, r2021, r2022 } = await demo('en');
    const { location } = await renderScreen(routes(), {
      path: `/services/${serviceId}/compare?baseline=${r2022.id}&compared=${r2021.id}`,
      locale: 'en',
    });
    expect(await screen.findByTestId('total-change')).toHaveTextContent('91 → 83, -8');
    await userEvent.selectOptions(screen.getByLabelText('Baseline review'), r2021.id);
    const compared = screen.getByLabelText('Compared review');
    expect(compared).toHaveAttribute('aria-invalid', 'true');
    expect(compared).toHaveAccessibleDescription('Choose two different reviews.');
    expect(screen.queryByTestId('total-change')).not.toBeInTheDocument();
    expect(location.history?.at(-1)).toBe(`/services/${serviceId}/compare?baseline=${r2021.id}&compared=${r2021.id}`);
  });

  it("says so when the address names a review that is not the service's, and shows the default pair", async () => {
    const { serviceId } = await demo();
    await renderScreen(routes(), { path: `/services/${serviceId}/compare?baseline=nope&compared=x` });
    expect(await screen.findByRole('alert')).toHaveTextContent('Osoitteessa mainittua arviointia ei löytynyt');
    expect(screen.getByTestId('total-change')).toHaveTextContent('83 → 91, +8');
  });

  it('shows the trend of final reviews as a table too', async () => {
    const { serviceId } = await demo();
    await renderScreen(routes(), { path: `/services/${serviceId}/compare` });
    const trend = await screen.findByTestId('trend-view');
    await userEvent.click(within(trend).getByRole('button', { name: 'Taulukko' }));
    const rows = within(screen.getByTestId('trend-table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['83', 'kohtalainen', '–'],
      ['91', 'kohtalainen', '+8'],
    ]);
  });

  it("shows what became of the baseline's recommendations in the compared review", async () => {
    const { serviceId, r2022 } = await demo();
    // A new review after the later demo review, which the demo's present put a month before NOW.
    const day = NOW.toISOString().slice(0, 10);
    const newId = await createReview(db, serviceId, reviewDraft({ firstDay: day, lastDay: day }), NOW);
    const [first] = await listRecommendations(db, r2022.id);
    await recordFollowUp(db, newId, first!.id, { status: 'done', note: 'Sovittu TE-palvelujen kanssa' }, NOW);
    await renderScreen(routes(), { path: `/services/${serviceId}/compare?baseline=${r2022.id}&compared=${newId}` });
    const table = await screen.findByTestId('follow-up-table');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByText('Sovittu TE-palvelujen kanssa')).toBeInTheDocument();
    expect(screen.getByTestId('follow-up-counts')).toHaveTextContent('Toteutettu: 1 · Ei kirjattu: 4');
  });

  it('needs two reviews', async () => {
    const { serviceId } = await demo();
    await db.reviews.clear();
    await renderScreen(routes(), { path: `/services/${serviceId}/compare` });
    expect(await screen.findByText(/Vertailuun tarvitaan vähintään kaksi arviointia/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('total-change')).not.toBeInTheDocument());
  });
});
