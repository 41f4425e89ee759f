import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { closeDb, createDb, db, type FidelioDb } from '../../../src/db/app-db';
import { exportReviewFile, importReviewFile } from '../../../src/db/repos/review-file';
import { setReviewerFinished, setReviewerScore, startReviewerRating } from '../../../src/db/repos/reviewer-ratings';
import { createReview } from '../../../src/db/repos/reviews';
import { createService } from '../../../src/db/repos/services';
import { listReviewerRatingRecords } from '../../../src/db/reviewer-ratings';
import type { ReviewFile } from '../../../src/domain/consensus/review-file';
import { MyRatingsScreen } from '../../../src/features/consensus/my-ratings-screen';
import { ReviewFileImport } from '../../../src/features/consensus/review-file-import';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const LATER = new Date('2025-03-11T09:00:00.000Z');

let otherTablet: FidelioDb;
withEmptyAppDb();
beforeEach(async () => {
  otherTablet = createDb(`other-tablet-${crypto.randomUUID()}`);
});
afterEach(async () => {
  closeDb(otherTablet);
  await Dexie.delete(otherTablet.name);
});

async function rateAll(target: FidelioDb, reviewId: string, reviewerId: 'reviewer-1' | 'reviewer-2', score: number, finish: boolean) {
  await startReviewerRating(target, reviewId, reviewerId, NOW);
  for (const r of (await listReviewerRatingRecords(target, reviewId)).filter((x) => x.reviewerId === reviewerId))
    await setReviewerScore(target, r.id, score, NOW);
  if (finish) await setReviewerFinished(target, reviewId, reviewerId, true, NOW);
}

/** Aino's file from the other tablet, where the service was typed a little differently. */
async function ainosFile(): Promise<ReviewFile> {
  const serviceId = await createService(
    otherTablet,
    serviceDraft({ name: 'työvalmennusPALVELU  testi', organisation: 'TESTIKAUPUNKI' }),
    NOW,
  );
  const reviewId = await createReview(otherTablet, serviceId, reviewDraft({ reviewers: ['Aino', 'Bertta'] }), NOW);
  await rateAll(otherTablet, reviewId, 'reviewer-1', 4, true);
  return exportReviewFile(otherTablet, reviewId, 'reviewer-1', LATER);
}

const asUpload = (file: ReviewFile) => new File([JSON.stringify(file)], 'aino.json', { type: 'application/json' });

async function thisTabletsVisit(): Promise<string> {
  const serviceId = await createService(db, serviceDraft(), NOW);
  return createReview(db, serviceId, reviewDraft({ reviewers: ['Aino', 'Bertta'] }), NOW);
}

describe('issue 14 #6: importing a file of a visit this tablet already has', () => {
  it('issue 14 #6: asks whether it is the same visit and attaches the ratings there instead of creating a second service', async () => {
    const reviewId = await thisTabletsVisit();
    const file = await ainosFile();
    await renderScreen(<ReviewFileImport />, { locale: 'en' });
    await userEvent.upload(screen.getByLabelText("Reviewer's file (.json)"), asUpload(file));
    const question = await screen.findByTestId('review-file-same-visit', {}, { timeout: 8000 });
    expect(within(question).getByRole('radio', { name: /The same visit: Työvalmennuspalvelu Testi \(Testikaupunki\)/ })).toBeChecked();
    expect(within(question).getByRole('radio', { name: /A new service “työvalmennusPALVELU +testi”/ })).not.toBeChecked();
    expect(await db.services.count()).toBe(1);
    await userEvent.click(within(question).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByTestId('review-file-done', {}, { timeout: 8000 })).toHaveTextContent('Ratings of Aino imported: 25 new');
    expect(await db.services.count()).toBe(1);
    const attached = await listReviewerRatingRecords(db, reviewId);
    expect(attached.map((r) => [r.reviewerId, r.score])).toEqual(Array(25).fill(['reviewer-1', 4]));
  });

  it('issue 14 #6: "a new service" can still be chosen', async () => {
    await thisTabletsVisit();
    await renderScreen(<ReviewFileImport />, { locale: 'en' });
    await userEvent.upload(screen.getByLabelText("Reviewer's file (.json)"), asUpload(await ainosFile()));
    const question = await screen.findByTestId('review-file-same-visit', {}, { timeout: 8000 });
    await userEvent.click(within(question).getByRole('radio', { name: /A new service/ }));
    await userEvent.click(within(question).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByTestId('review-file-done', {}, { timeout: 8000 })).toHaveTextContent(
      /The service työvalmennusPALVELU +testi and its review were created/,
    );
    expect(await db.services.count()).toBe(2);
  });
});

describe('issue 14 #6: a re-imported file with edited scores', () => {
  async function editedFile() {
    const file = await ainosFile();
    await importReviewFile(db, file, LATER);
    const edited = structuredClone(file);
    edited.ratings[0] = { ...edited.ratings[0]!, score: 2, updatedAt: '2025-03-12T00:00:00.000Z' };
    return { file, edited };
  }

  it('issue 14 #6: shows "item: from → to" and changes nothing until accepted', async () => {
    const { file, edited } = await editedFile();
    // This tablet's own reviewer has finished, so the other's scores may be shown.
    await rateAll(db, file.review.id, 'reviewer-2', 3, true);
    await renderScreen(<ReviewFileImport />, { locale: 'en' });
    await userEvent.upload(screen.getByLabelText("Reviewer's file (.json)"), asUpload(edited));
    const changes = await screen.findByTestId('review-file-changes', {}, { timeout: 8000 });
    expect(changes).toHaveTextContent('The file changes ratings of Aino');
    expect(within(changes).getByRole('listitem')).toHaveTextContent('Staffing 1: 4 → 2');
    expect((await db.reviewerRatings.get(file.ratings[0]!.id))?.score).toBe(4);
    await userEvent.click(within(changes).getByRole('button', { name: 'Import, changing 1 item' }));
    expect(await screen.findByTestId('review-file-done', {}, { timeout: 8000 })).toHaveTextContent('1 updated');
    expect((await db.reviewerRatings.get(file.ratings[0]!.id))?.score).toBe(2);
  });

  it("issue 14 #6: keeps the scores blind while this tablet's reviewer rates, and cancel writes nothing", async () => {
    const { file, edited } = await editedFile();
    // Blind both before this tablet's reviewer starts and while they rate.
    await renderScreen(<ReviewFileImport />, { locale: 'en' });
    await userEvent.upload(screen.getByLabelText("Reviewer's file (.json)"), asUpload(edited));
    expect(within(await screen.findByTestId('review-file-changes', {}, { timeout: 8000 })).getByRole('listitem')).toHaveTextContent(
      'score changed',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await startReviewerRating(db, file.review.id, 'reviewer-2', LATER);
    await userEvent.upload(screen.getByLabelText("Reviewer's file (.json)"), asUpload(edited));
    const changes = await screen.findByTestId('review-file-changes', {}, { timeout: 8000 });
    expect(within(changes).getByRole('listitem')).toHaveTextContent('Staffing 1: score changed (hidden until your own rating is finished)');
    expect(changes).not.toHaveTextContent('→');
    await userEvent.click(within(changes).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('review-file-changes')).toBeNull());
    expect((await db.reviewerRatings.get(file.ratings[0]!.id))?.score).toBe(4);
  });
});

describe("issue 14 #6: the other tablet's reviewer on this tablet", () => {
  it('issue 14 #6: is read-only, and hidden until this tablet’s own reviewer has finished', async () => {
    const file = await ainosFile();
    await importReviewFile(db, file, LATER);
    const reviewId = file.review.id;
    await rateAll(db, reviewId, 'reviewer-2', 3, false);
    const route = (
      <Route path="/reviews/:reviewId/reviewers/:reviewerId">
        {(p) => <MyRatingsScreen reviewId={p.reviewId} reviewerId={p.reviewerId} />}
      </Route>
    );
    await renderScreen(route, { path: `/reviews/${reviewId}/reviewers/reviewer-1`, locale: 'en' });
    expect(await screen.findByTestId('from-file-hidden', {}, { timeout: 8000 })).toHaveTextContent(
      'The scores of Aino are shown when your own rating',
    );
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Continue rating|Finish/ })).toBeNull();

    await setReviewerFinished(db, reviewId, 'reviewer-2', true, LATER);
    await waitFor(() => expect(screen.queryByTestId('from-file-hidden')).toBeNull(), { timeout: 8000 });
    const radios = within(screen.getByTestId('my-item-staffing-1')).getAllByRole('radio');
    expect(radios[3]).toBeChecked();
    for (const radio of radios) expect(radio).toBeDisabled();
  });
});
