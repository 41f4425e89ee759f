import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { listRatings } from '../../../src/db/queries';
import { createReview } from '../../../src/db/repos/reviews';
import { setReviewerFinished, setReviewerScore, startReviewerRating } from '../../../src/db/repos/reviewer-ratings';
import { createService } from '../../../src/db/repos/services';
import { listReviewerRatingRecords, listReviewerStatuses } from '../../../src/db/reviewer-ratings';
import { ConsensusScreen } from '../../../src/features/consensus/consensus-screen';
import { MyRatingsScreen } from '../../../src/features/consensus/my-ratings-screen';
import { reviewFileProblemMessage } from '../../../src/features/consensus/problem-message';
import type { ReviewFileProblem } from '../../../src/domain/consensus/review-file';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import i18next from 'i18next';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2025-03-10T09:00:00.000Z');

async function twoReviewerReview(): Promise<string> {
  const serviceId = await createService(db, serviceDraft(), NOW);
  return createReview(db, serviceId, reviewDraft({ reviewers: ['Aino', 'Bertta'] }), NOW);
}

async function rate(reviewId: string, reviewerId: 'reviewer-1' | 'reviewer-2', score: (index: number) => number, isFinished: boolean) {
  await startReviewerRating(db, reviewId, reviewerId, NOW);
  const mine = (await listReviewerRatingRecords(db, reviewId)).filter((r) => r.reviewerId === reviewerId);
  for (const [index, rating] of mine.entries()) await setReviewerScore(db, rating.id, score(index), NOW);
  if (isFinished) await setReviewerFinished(db, reviewId, reviewerId, true, NOW);
}

const routes = (
  <>
    <Route path="/reviews/:reviewId/reviewers/:reviewerId">
      {(p) => <MyRatingsScreen reviewId={p.reviewId} reviewerId={p.reviewerId} />}
    </Route>
    <Route path="/reviews/:reviewId/consensus">{(p) => <ConsensusScreen reviewId={p.reviewId} />}</Route>
  </>
);

withEmptyAppDb();

describe('my ratings (blind)', () => {
  it("hides the other reviewer's scores until both have finished", async () => {
    const reviewId = await twoReviewerReview();
    await rate(reviewId, 'reviewer-2', () => 2, true);
    await startReviewerRating(db, reviewId, 'reviewer-1', NOW);
    await renderScreen(routes, { path: `/reviews/${reviewId}/reviewers/reviewer-1` });
    await screen.findByRole('heading', { level: 1, name: 'Omat pisteet: Aino' });
    expect(screen.queryAllByTestId('other-score')).toHaveLength(0);

    const item = screen.getByTestId('my-item-staffing-1');
    await userEvent.click(within(item).getAllByRole('radio')[3]!);
    await waitFor(() => expect(screen.getByTestId('my-rated')).toHaveTextContent('Pisteytetty 1/25'));
    expect(screen.queryAllByTestId('other-score')).toHaveLength(0);

    await setReviewerFinished(db, reviewId, 'reviewer-1', true, NOW);
    await waitFor(() => expect(screen.getAllByTestId('other-score')).toHaveLength(25));
    expect(screen.getAllByTestId('other-score')[0]).toHaveTextContent('Bertta: 2');
    // Finished: the own scores are locked.
    expect(within(screen.getByTestId('my-item-staffing-1')).getAllByRole('radio')[0]).toBeDisabled();
  });
  it('saves a note typed just before "Mark my rating finished" before the rating locks', async () => {
    const reviewId = await twoReviewerReview();
    await rate(reviewId, 'reviewer-1', () => 3, false);
    await renderScreen(routes, { path: `/reviews/${reviewId}/reviewers/reviewer-1` });
    const notes = within(await screen.findByTestId('my-item-organization-2')).getByRole('textbox');
    await userEvent.type(notes, 'Yhteistyö satunnaista');
    // Tapped at once, the note still waiting for the pause in typing (no blur, which would save it).
    fireEvent.click(screen.getByRole('button', { name: 'Merkitse pisteytykseni valmiiksi' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merkitse pisteytykseni valmiiksi' }));
    await waitFor(async () => {
      const status = (await listReviewerStatuses(db, reviewId)).find((s) => s.reviewerId === 'reviewer-1');
      expect(status?.finishedAt).not.toBeNull();
    });
    const mine = (await listReviewerRatingRecords(db, reviewId)).find(
      (r) => r.reviewerId === 'reviewer-1' && r.itemId === 'organization-2',
    );
    expect(mine?.notes).toBe('Yhteistyö satunnaista');
  });
});

describe('the consensus screen', () => {
  it('waits until both reviewers have finished', async () => {
    const reviewId = await twoReviewerReview();
    await rate(reviewId, 'reviewer-1', () => 3, true);
    await rate(reviewId, 'reviewer-2', () => 3, false);
    await renderScreen(routes, { path: `/reviews/${reviewId}/consensus` });
    expect(await screen.findByTestId('consensus-waiting')).toHaveTextContent('Bertta');
    expect(screen.queryByTestId('agreement-summary')).toBeNull();
  });

  it('puts disagreements first with the agreement figures, and the consensus score sets the review total', async () => {
    const reviewId = await twoReviewerReview();
    await rate(reviewId, 'reviewer-1', () => 3, true);
    // Item 5 (organization-2) two points apart, item 10 (organization-7) one point apart.
    await rate(reviewId, 'reviewer-2', (i) => (i === 4 ? 5 : i === 9 ? 4 : 3), true);
    await renderScreen(routes, { path: `/reviews/${reviewId}/consensus`, locale: 'en' });
    const summary = await screen.findByTestId('agreement-summary');
    expect(within(summary).getByTestId('exact-agreement')).toHaveTextContent('92%');
    expect(within(summary).getByTestId('within-one-agreement')).toHaveTextContent('96%');
    const items = screen.getAllByRole('listitem').filter((li) => li.dataset.testid?.startsWith('consensus-'));
    expect(items.slice(0, 2).map((li) => li.dataset.testid)).toEqual(['consensus-organization-2', 'consensus-organization-7']);
    expect(items[0]).toHaveTextContent('2 points apart');

    await userEvent.click(within(items[0]!).getAllByRole('radio')[3]!);
    await waitFor(() => expect(screen.getByTestId('consensus-total')).toHaveTextContent('4'));
    const stored = await listRatings(db, reviewId);
    expect(stored.find((r) => r.itemId === 'organization-2')?.score).toBe(4);

    await userEvent.click(screen.getByRole('button', { name: /Use the shared scores as consensus \(23 items\)/ }));
    await waitFor(() => expect(screen.getByTestId('consensus-total')).toHaveTextContent('73'));
  });
});

describe('review file problem messages', () => {
  it('has a message in both languages for every problem code', async () => {
    await renderScreen(<p />, { locale: 'fi' });
    const problems: ReviewFileProblem[] = [
      { code: 'too-large', size: 9e6, max: 5e6 },
      { code: 'empty' },
      { code: 'unreadable' },
      { code: 'not-utf8' },
      { code: 'truncated' },
      { code: 'not-json' },
      { code: 'not-object' },
      { code: 'wrong-format', format: 'x' },
      { code: 'bad-version' },
      { code: 'future-version', version: 2, supported: 1 },
      { code: 'bad-exported-at' },
      { code: 'unknown-field', field: 'x' },
      { code: 'missing-part', part: 'service' },
      { code: 'not-a-list' },
      { code: 'invalid-record', part: 'ratings', index: 2, path: 'score', reason: 'too-large', max: 5 },
      { code: 'mismatch', part: 'ratings', index: 0, field: 'reviewId' },
      { code: 'deleted-record', part: 'review' },
      { code: 'duplicate-item', index: 3, itemId: 'staffing-1' },
      { code: 'reviewer-not-in-review', reviewerId: 'reviewer-2' },
      { code: 'service-deleted' },
      { code: 'review-deleted' },
      { code: 'review-of-other-service' },
      { code: 'review-final' },
      { code: 'unknown-scale' },
      // Issue 14 #6.
      { code: 'foreign-record', part: 'ratings', index: 1, field: 'reviewId' },
      { code: 'unconfirmed-changes', count: 2 },
      { code: 'choose-visit' },
      { code: 'visit-not-found' },
      { code: 'visit-other-scale' },
      { code: 'visit-reviewer-missing', name: 'Aino' },
    ];
    // The namespaces the import screen asks for, which call this helper; nothing else is preloaded.
    await i18next.loadNamespaces(['consensus', 'backup']);
    for (const locale of ['fi', 'en'] as const) {
      await i18next.changeLanguage(locale);
      for (const problem of problems) {
        const message = reviewFileProblemMessage(i18next.t, problem, locale);
        expect(message, problem.code).not.toMatch(/consensus[.:]|backup[.:]|\{\{/);
      }
    }
    await i18next.changeLanguage('fi');
    expect(reviewFileProblemMessage(i18next.t, problems[14]!, 'fi')).toBe('Pisteet, tietue 3, kenttä ”score”: liian suuri (enintään 5).');
    expect(reviewFileProblemMessage(i18next.t, problems[18]!, 'fi')).toContain('arvioijan 2');
  });
});
