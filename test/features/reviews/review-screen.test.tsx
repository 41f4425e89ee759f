import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { createService } from '../../../src/db/repos/services';
import { createReview } from '../../../src/db/repos/reviews';
import { setRatingScore } from '../../../src/db/repos/ratings';
import { listRatings, getReview } from '../../../src/db/queries';
import { ReviewScreen } from '../../../src/features/reviews/review-screen';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

async function newReview(): Promise<string> {
  const serviceId = await createService(db, serviceDraft(), new Date());
  return createReview(db, serviceId, reviewDraft(), new Date());
}

function routes() {
  return (
    <>
      <Route path="/reviews/:reviewId/items/:itemId">{(p) => <ReviewScreen reviewId={p.reviewId} itemId={p.itemId} />}</Route>
      <Route path="/reviews/:reviewId">{(p) => <ReviewScreen reviewId={p.reviewId} itemId={null} />}</Route>
    </>
  );
}

withEmptyAppDb();

describe('the scoring screen', () => {
  it('opens the first unrated item and updates the total when a score is chosen', async () => {
    const reviewId = await newReview();
    const { location } = await renderScreen(routes(), { path: `/reviews/${reviewId}` });
    await screen.findByRole('heading', { name: 'Asiakasmäärä' });
    expect(location.history?.at(-1)).toBe(`/reviews/${reviewId}/items/staffing-1`);
    expect(screen.getByTestId('total-score')).toHaveTextContent('0');

    const group = screen.getByRole('group', { name: /Pisteet kohdalle Asiakasmäärä/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    await userEvent.click(radios[3]!);

    await waitFor(() => expect(screen.getByTestId('total-score')).toHaveTextContent('4'));
    expect(screen.getByTestId('rated-count')).toHaveTextContent('1/25');
    // One item rated is no verdict: no band and no 74 line yet, only what the total would be at this mean.
    expect(screen.queryByTestId('band')).not.toBeInTheDocument();
    expect(screen.queryByText(/74 pisteen/)).not.toBeInTheDocument();
    expect(screen.getByTestId('projection')).toHaveTextContent('Tällä keskiarvolla yhteensä olisi 100');
    // The total moves at once; the write follows.
    await waitFor(async () => expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'staffing-1')?.score).toBe(4));
  });

  it('shows a tapped score at once and puts it back, saying so, when the write fails', async () => {
    const reviewId = await newReview();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const group = await screen.findByRole('group', { name: /Pisteet kohdalle Asiakasmäärä/ });
    const failWrites = () => {
      throw new Error('disk says no');
    };
    db.ratings.hook('updating', failWrites);
    try {
      await userEvent.click(within(group).getAllByRole('radio')[2]!);
      expect(await screen.findByRole('alert')).toHaveTextContent('Pisteitä 3 ei voitu tallentaa, joten valinta palautettiin ennalleen.');
      expect(screen.getByTestId('total-score')).toHaveTextContent('0');
      expect(
        within(group)
          .getAllByRole('radio')
          .some((radio) => (radio as HTMLInputElement).checked),
      ).toBe(false);
      expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'staffing-1')?.score).toBeNull();
    } finally {
      db.ratings.hook('updating').unsubscribe(failWrites);
    }
  });

  it('saves notes without a save button, shortly after typing stops', async () => {
    const reviewId = await newReview();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/services-6` });
    const notes = await screen.findByLabelText('Havainnot ja perustelut');
    await userEvent.type(notes, 'Kuusi käyntiä viikossa');
    await waitFor(async () =>
      expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'services-6')?.notes).toBe('Kuusi käyntiä viikossa'),
    );
  });

  it('finalises only a complete review, which then becomes read-only', async () => {
    const reviewId = await newReview();
    const ratings = await listRatings(db, reviewId);
    for (const rating of ratings.slice(1)) await setRatingScore(db, rating.id, 4, new Date());
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/staffing-1` });
    const finalise = await screen.findByRole('button', { name: 'Merkitse valmiiksi' });
    expect(finalise).toBeDisabled();

    const group = screen.getByRole('group', { name: /Pisteet kohdalle/ });
    await userEvent.click(within(group).getAllByRole('radio')[4]!);
    await waitFor(() => expect(screen.getByTestId('total-score')).toHaveTextContent('101'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Merkitse valmiiksi' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Merkitse valmiiksi' }));
    const dialog = screen.getByRole('dialog', { name: 'Merkitäänkö arviointi valmiiksi?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merkitse valmiiksi' }));

    await waitFor(async () => expect((await getReview(db, reviewId))?.status).toBe('final'));
    await waitFor(() => expect(screen.getByTestId('review-status')).toHaveTextContent('Valmis'));
    expect(screen.getByRole('group', { name: /Pisteet kohdalle/ })).toBeDisabled();
    expect(screen.getByLabelText('Havainnot ja perustelut')).toHaveAttribute('readonly');
    expect(screen.getByTestId('band')).toHaveTextContent('hyvä');
  });

  it('speaks English when the user chose English', async () => {
    const reviewId = await newReview();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/items/services-6`, locale: 'en' });
    expect(await screen.findByRole('link', { name: 'Next item →' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Score for/ })).toBeInTheDocument();
  });
});
