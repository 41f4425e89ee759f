import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { createService } from '../../../src/db/repos/services';
import { createReview } from '../../../src/db/repos/reviews';
import { ReviewDetailsForm } from '../../../src/features/reviews/review-details';
import { NewReviewForm } from '../../../src/features/services/new-review-form';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

withEmptyAppDb();

describe('the review forms say every problem beside its field and store nothing until all are fixed', () => {
  it('starting a review: reversed days and a missing reviewer at once, in Finnish', async () => {
    const serviceId = await createService(db, serviceDraft(), new Date());
    await renderScreen(<NewReviewForm serviceId={serviceId} />);
    const lastDay = screen.getByLabelText('Käynnin viimeinen päivä');
    await userEvent.clear(lastDay);
    await userEvent.type(lastDay, '2020-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Luo arviointi ja aloita pisteytys' }));
    expect(await screen.findByText('Viimeinen päivä ei voi olla ennen ensimmäistä päivää.')).toBeInTheDocument();
    expect(screen.getByText('Anna ainakin yhden arvioijan nimi.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Arvioija 1/)).toHaveAttribute('aria-invalid', 'true');
    expect(await db.reviews.count()).toBe(0);
  });

  it('correcting a review: a reviewer name over 200 characters is refused, in Swedish, and the review is unchanged', async () => {
    const serviceId = await createService(db, serviceDraft(), new Date());
    const reviewId = await createReview(db, serviceId, reviewDraft(), new Date());
    const before = await db.reviews.get(reviewId);
    await renderScreen(<ReviewDetailsForm review={before!} onDone={() => undefined} />, { locale: 'sv' });
    const second = screen.getByLabelText(/Bedömare 2/);
    await userEvent.click(second);
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(screen.getByRole('button', { name: 'Spara uppgifterna' }));
    expect(await screen.findByText('Texten är för lång (högst 200 tecken).')).toBeInTheDocument();
    expect(await db.reviews.get(reviewId)).toEqual(before);
  });
});
