import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { listRatings } from '../../../src/db/queries';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { setRatingScore } from '../../../src/db/repos/ratings';
import { findReviewEvidence } from '../../../src/db/repos/review-evidence';
import { createReview, finaliseReview } from '../../../src/db/repos/reviews';
import { createService, setContactLogReview } from '../../../src/db/repos/services';
import { addJob } from '../../../src/db/repos/caseload-jobs';
import { ReviewScreen } from '../../../src/features/reviews/review-screen';
import { jobEmployer } from '../../db/helpers';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2025-03-10T09:00:00.000Z');

/** A review visited 2025-03-10; with `clients`, a full-time coach carrying that many clients. */
async function reviewOfService(clients: number): Promise<string> {
  const serviceId = await createService(db, serviceDraft(), NOW);
  if (clients > 0) {
    const coach = await createStaff(
      db,
      serviceId,
      { name: 'Aino Valmentaja', role: 'specialist', fte: 0.5, startDate: '2023-01-01', endDate: null },
      NOW,
    );
    for (let i = 0; i < clients; i += 1) {
      const draft = { code: `K-${String(i + 1).padStart(2, '0')}`, referralDate: '2024-01-01', referralSource: 'default:typ', notes: '' };
      await createClient(db, serviceId, { draft, start: { date: '2024-01-02', phase: 1 }, specialistId: coach }, NOW);
    }
  }
  return createReview(db, serviceId, reviewDraft({ firstDay: '2025-03-10', lastDay: '2025-03-11' }), NOW);
}

const routes = () => (
  <Route path="/reviews/:reviewId/items/:itemId">{(p) => <ReviewScreen reviewId={p.reviewId} itemId={p.itemId} />}</Route>
);

withEmptyAppDb();

describe('evidence beside an item', () => {
  it('shows the figure, what it rests on and the suggestion, applies it in one tap and remembers it was followed', async () => {
    const reviewId = await reviewOfService(11);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-period')).toHaveTextContent(
      'Tarkastelujakso 10.3.2024 – 9.3.2025 (12 kuukautta ennen arviointikäyntiä)',
    );
    expect(within(panel).getByTestId('evidence-figure-staffing-1')).toHaveTextContent('Asiakasmäärä 22 asiakasta henkilötyövuotta kohden');
    expect(within(panel).getByTestId('evidence-basis-staffing-1')).toHaveTextContent('Perustuu 11 asiakkaaseen');
    expect(within(panel).getByTestId('evidence-suggested')).toHaveTextContent('4');
    // Enough clients; but nothing was recorded during the period (all started before it), and the
    // panel says so rather than passing the figure off as the period's (issue 15).
    expect(within(panel).getByTestId('evidence-thin-staffing-1')).toHaveTextContent('uusin on 2.1.2024, ennen jakson alkua');
    expect(within(panel).getByTestId('evidence-thin-staffing-1')).not.toHaveTextContent('alle 5');

    await userEvent.click(within(panel).getByRole('button', { name: 'Käytä ehdotettua pistemäärää 4' }));
    await waitFor(() => expect(within(panel).getByTestId('evidence-followed')).toHaveTextContent('noudattaa ehdotusta'));
    expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'staffing-1')?.score).toBe(4);
    expect(await db.ratingSuggestions.toArray()).toEqual([
      expect.objectContaining({ itemId: 'staffing-1', suggestedScore: 4, score: 4, followed: true }),
    ]);

    // A score chosen by hand is remembered against the suggestion on screen.
    await userEvent.click(screen.getByRole('radio', { name: /^5 –/ }));
    await waitFor(() => expect(within(panel).getByTestId('evidence-followed')).toHaveTextContent('Pistemäärä 5 poikkeaa ehdotuksesta 4'));
    expect(await db.ratingSuggestions.toArray()).toEqual([expect.objectContaining({ suggestedScore: 4, score: 5, followed: false })]);
  });

  it('opens the list of clients behind the figure', async () => {
    const reviewId = await reviewOfService(3);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-thin-staffing-1')).toHaveTextContent('alle 5');
    await userEvent.click(within(panel).getByText('Näytä luvun taustalla olevat 3 tietoa'));
    const table = await within(panel).findByTestId('evidence-records-staffing-1');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'K-01Aino Valmentaja2.1.2024',
      'K-02Aino Valmentaja2.1.2024',
      'K-03Aino Valmentaja2.1.2024',
    ]);
  });

  it('lets the reviewer change the period, with a message for a period that ends before it starts', async () => {
    const reviewId = await reviewOfService(3);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const panel = await screen.findByTestId('evidence-panel');
    await userEvent.click(within(panel).getByRole('button', { name: 'Muuta jaksoa' }));
    const to = within(panel).getByLabelText('Päättyen');
    await userEvent.clear(to);
    await userEvent.type(to, '2023-12-31');
    await userEvent.click(within(panel).getByRole('button', { name: 'Tallenna jakso' }));
    expect(await within(panel).findByText('Jakso ei voi päättyä ennen kuin se alkaa.')).toBeInTheDocument();
    expect(await findReviewEvidence(db, reviewId)).toBeUndefined();

    await userEvent.clear(to);
    await userEvent.type(to, '2024-12-31');
    await userEvent.click(within(panel).getByRole('button', { name: 'Tallenna jakso' }));
    await waitFor(() =>
      expect(within(panel).getByTestId('evidence-period')).toHaveTextContent(
        'Tarkastelujakso 10.3.2024 – 31.12.2024 (valittu tähän arviointiin)',
      ),
    );
  });

  it('shows the snapshot on a final review, not what the records say now', async () => {
    const reviewId = await reviewOfService(11);
    for (const rating of await listRatings(db, reviewId)) await setRatingScore(db, rating.id, 4, NOW);
    await finaliseReview(db, reviewId, NOW);
    const serviceId = (await db.reviews.get(reviewId))!.serviceId;
    const coach = (await db.staff.toArray())[0]!.id;
    await createClient(
      db,
      serviceId,
      {
        draft: { code: 'K-99', referralDate: '2024-01-01', referralSource: 'default:typ', notes: '' },
        start: { date: '2024-02-01', phase: 1 },
        specialistId: coach,
      },
      NOW,
    );

    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-figure-staffing-1')).toHaveTextContent('Asiakasmäärä 22 asiakasta');
    expect(within(panel).getByTestId('evidence-snapshot-note')).toHaveTextContent('Tallennettu, kun arviointi vahvistettiin');
    expect(within(panel).getByTestId('evidence-suggested')).toHaveTextContent('Ehdotettu pistemäärä: 4');
    expect(within(panel).getByTestId('evidence-followed')).toHaveTextContent('Pistemäärä noudattaa ehdotusta.');
    expect(within(panel).queryByRole('button', { name: /Käytä ehdotettua/ })).toBeNull();
  });

  it("names the rules version and states the anchors' conditions in words", async () => {
    const reviewId = await reviewOfService(2);
    const clientId = (await db.clients.toArray())[0]!.id;
    await addJob(
      db,
      clientId,
      {
        employerId: await jobEmployer(db, clientId, 'Kahvila'),
        competitiveAnswers: null,
        title: 'Kokki',
        jobType: 'Ravintola',
        startDate: '2024-05-01',
        endDate: null,
        hoursPerWeek: 20,
        competitive: true,
        paySubsidy: false,
      },
      NOW,
    );
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/services-10` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-conditions')).toHaveTextContent(
      'Alle 10 voimassa olevaa työtä (1 työ): ankkurit antavat 1 osuudesta riippumatta.',
    );
    expect(within(panel).getByTestId('evidence-rules-version')).toHaveTextContent('Laskettu näyttösääntöjen versiolla 2.');
    expect(within(panel).getByTestId('evidence-suggested')).toHaveTextContent('1');
  });

  it('says what the contact log review means for services-6, following the service setting', async () => {
    const reviewId = await reviewOfService(2);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/services-6` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-conditions')).toHaveTextContent('Kontaktilomakkeen läpikäyntiä ei ole kirjattu');
    await setContactLogReview(db, (await db.reviews.get(reviewId))!.serviceId, 'monthly', NOW);
    await waitFor(() =>
      expect(within(panel).getByTestId('evidence-conditions')).toHaveTextContent('kunkin työhönvalmentajan pisteet ovat enintään 4'),
    );
  });

  it("says a final review's snapshot from rules version 1 was computed with them, keeping its figures", async () => {
    const reviewId = await reviewOfService(11);
    for (const rating of await listRatings(db, reviewId)) await setRatingScore(db, rating.id, 4, NOW);
    await finaliseReview(db, reviewId, NOW);
    const record = (await findReviewEvidence(db, reviewId))!;
    const v1 = { computedAt: record.snapshot!.computedAt, period: record.snapshot!.period };
    await db.reviewEvidence.put({
      ...record,
      snapshot: { ...v1, items: { 'services-10': { value: 100, basis: 6, suggestedScore: 5, thin: [] } } },
    });

    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/services-10` });
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByTestId('evidence-suggested')).toHaveTextContent('5');
    expect(within(panel).getByTestId('evidence-rules-version')).toHaveTextContent('Laskettu näyttösääntöjen versiolla 1');
    expect(within(panel).queryByText(/Alle 10 voimassa olevaa työtä/)).toBeNull();
  });

  it('shows nothing for a service that keeps no tracked data', async () => {
    const reviewId = await reviewOfService(0);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    await screen.findByRole('heading', { name: 'Asiakasmäärä' });
    await userEvent.click(screen.getByRole('radio', { name: /^5 –/ }));
    await waitFor(async () => expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'staffing-1')?.score).toBe(5));
    expect(screen.queryByTestId('evidence-panel')).toBeNull();
    expect(await db.ratingSuggestions.count()).toBe(0);
  });
});
