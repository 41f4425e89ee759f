import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { createService } from '../../../src/db/repos/services';
import { createReview } from '../../../src/db/repos/reviews';
import { listRatings } from '../../../src/db/queries';
import { ReviewScreen } from '../../../src/features/reviews/review-screen';
import { NewReviewForm } from '../../../src/features/services/new-review-form';
import { EMPTY_SERVICE, ServiceForm } from '../../../src/features/services/service-form';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { IDENTITY_CODE_VARIANTS } from '../../fixtures/identity-codes';
import { withEmptyAppDb } from '../../fixtures/app-db';

withEmptyAppDb();

// userEvent.type reads braces and brackets as keys; paste puts the text in as it is.
async function paste(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('issue 14 #3: app forms refuse an identity code in every free text, naming the field', () => {
  it('the service form names the field and stores nothing, for every variant', async () => {
    for (const variant of IDENTITY_CODE_VARIANTS.slice(0, 8)) {
      const onSubmit = vi.fn(async () => true);
      const view = await renderScreen(<ServiceForm initial={EMPTY_SERVICE} submitLabel="Luo" onSubmit={onSubmit} />);
      await userEvent.type(screen.getByLabelText(/Palvelun nimi/), 'Kätevä');
      await paste(screen.getByLabelText(/Organisaatio/), `Yhteyshenkilö ${variant}`);
      await userEvent.click(screen.getByRole('button', { name: 'Luo' }));
      expect(await screen.findByText(/Kentässä ”Organisaatio” on henkilötunnus/)).toBeInTheDocument();
      expect(onSubmit).not.toHaveBeenCalled();
      view.unmount();
    }
  });

  it('the new review form refuses a code in a reviewer name, in English too', async () => {
    const serviceId = await createService(db, serviceDraft(), new Date());
    await renderScreen(<NewReviewForm serviceId={serviceId} />, { locale: 'en' });
    await paste(screen.getByLabelText(/Reviewer 1/), 'Aino 131052\u2011308T');
    await userEvent.click(screen.getByRole('button', { name: /Start|Create/ }));
    expect(await screen.findByText(/“Reviewer 1” contains a personal identity code/)).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
  });

  it('item notes that hold a code are never saved and say why', async () => {
    const serviceId = await createService(db, serviceDraft(), new Date());
    const reviewId = await createReview(db, serviceId, reviewDraft(), new Date());
    await renderScreen(
      <Route path="/reviews/:reviewId/items/:itemId">{(p) => <ReviewScreen reviewId={p.reviewId} itemId={p.itemId} />}</Route>,
      {
        path: `/reviews/${reviewId}/items/services-6`,
      },
    );
    const notes = await screen.findByLabelText('Havainnot ja perustelut');
    // Every write to the ratings, whatever the timing: a note holding the code must never be one.
    const written: string[] = [];
    const onCreating = (_key: unknown, rating: unknown) => void written.push(JSON.stringify(rating));
    const onUpdating = (changes: object) => void written.push(JSON.stringify(changes));
    db.ratings.hook('creating', onCreating);
    db.ratings.hook('updating', onUpdating);
    try {
      await paste(notes, 'Asiakas 131052 308T');
      expect(await screen.findByText(/Kentässä ”Havainnot ja perustelut” on henkilötunnus/)).toBeInTheDocument();
      expect(notes).toHaveAttribute('aria-invalid', 'true');
      await userEvent.tab(); // leaving the field saves at once whatever may be saved
      // The same field with the code taken out is saved: saving works, and the code never went in.
      await userEvent.clear(notes);
      await paste(notes, 'Asiakas tavattu');
      await userEvent.tab();
      await waitFor(async () =>
        expect((await listRatings(db, reviewId)).find((r) => r.itemId === 'services-6')?.notes).toBe('Asiakas tavattu'),
      );
      expect(written.some((text) => text.includes('Asiakas tavattu'))).toBe(true);
      expect(written.filter((text) => text.includes('131052'))).toEqual([]);
    } finally {
      db.ratings.hook('creating').unsubscribe(onCreating);
      db.ratings.hook('updating').unsubscribe(onUpdating);
    }
  });
});
