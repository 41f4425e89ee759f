import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../src/db/app-db';
import { listServiceRounds } from '../../src/db/comparison-queries';
import { listFollowUps } from '../../src/db/follow-up-queries';
import { loadDemo } from '../../src/db/repos/demo';
import { createReview } from '../../src/db/repos/reviews';
import { ReviewScreen } from '../../src/features/reviews/review-screen';
import { renderScreen } from '../render';
import { reviewDraft } from '../fixtures/records';
import { demoDayFi } from '../demo-dates';
import { withEmptyAppDb } from '../fixtures/app-db';

// The follow-up component lives in src/ui and is shown by the scoring screen (issue 6).
const NOW = new Date('2023-04-12T09:00:00.000Z');

function routes() {
  return <Route path="/reviews/:reviewId/items/:itemId">{(p) => <ReviewScreen reviewId={p.reviewId} itemId={p.itemId} />}</Route>;
}

withEmptyAppDb();

async function demoWithNewReview() {
  const [serviceId] = await loadDemo(db, 'fi', NOW);
  const [r2022] = (await listServiceRounds(db, serviceId!)).map((r) => r.review);
  const newId = await createReview(db, serviceId!, reviewDraft({ firstDay: '2023-04-12', lastDay: '2023-04-12' }), NOW);
  return { r2022: r2022!, newId };
}

describe("following up the previous review's recommendations on the scoring screen", () => {
  it("lists the previous final review's recommendations of the item and records status and note", async () => {
    const { newId } = await demoWithNewReview();
    await renderScreen(routes(), { path: `/reviews/${newId}/items/services-6` });
    const section = await screen.findByRole('region', {
      name: `Edellisen arvioinnin (${demoDayFi('2022-10-11', NOW)} – ${demoDayFi('2022-10-12', NOW)}) suositukset`,
    });
    const items = await within(section).findAllByTestId('follow-up');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Jatkakaa työnantajakontaktien lisäämistä');
    expect(within(section).queryByLabelText('Huomio toteutumisesta')).not.toBeInTheDocument();

    await userEvent.click(within(section).getByRole('radio', { name: 'Osittain toteutettu' }));
    await waitFor(async () => expect((await listFollowUps(db, newId)).map((f) => f.status)).toEqual(['partly']));
    const note = await within(section).findByLabelText('Huomio toteutumisesta');
    await userEvent.type(note, 'Neljä käyntiä viikossa');
    // Saved by the pause in typing, with no save button.
    await waitFor(async () => expect((await listFollowUps(db, newId))[0]?.note).toBe('Neljä käyntiä viikossa'));
    expect(within(section).getByRole('radio', { name: 'Osittain toteutettu' })).toBeChecked();
  });

  it('shows nothing on items without earlier recommendations, and read-only on a final review', async () => {
    const { r2022, newId } = await demoWithNewReview();
    const { unmount } = await renderScreen(routes(), { path: `/reviews/${newId}/items/staffing-1` });
    await screen.findByRole('heading', { name: 'Asiakasmäärä' });
    expect(screen.queryByTestId('follow-up')).not.toBeInTheDocument();
    unmount();

    // The 2022 review follows up 2021's recommendations; it is final, so nothing can be changed.
    await renderScreen(routes(), { path: `/reviews/${r2022.id}/items/services-1` });
    const section = await screen.findByRole('region', {
      name: new RegExp(`Edellisen arvioinnin \\(${demoDayFi('2021-10-12', NOW).replace(/\./g, '\\.')}`),
    });
    const radios = await within(section).findAllByRole('radio');
    expect(radios).toHaveLength(4);
    for (const radio of radios) expect(radio).toBeDisabled();
  });
});
