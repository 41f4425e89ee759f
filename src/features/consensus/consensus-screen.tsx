import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { agreementFigures, compareReviewers, disagreementsFirst } from '../../domain/consensus/agreement';
import { isReadyForConsensus } from '../../domain/consensus/blind';
import type { RatingsByItem } from '../../domain/fidelity/scoring';
import type { ReviewerRating } from '../../domain/records/reviewer-rating';
import { db } from '../../db/app-db';
import { ratingsByItem } from '../../db/queries';
import { setRatingScores } from '../../db/repos/ratings';
import { useLocale } from '../../i18n/use-locale';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { AgreementSummary } from './agreement-summary';
import { ConsensusItem } from './consensus-item';
import { FinaliseConsensus } from './finalise-consensus';
import { LoadState, ReviewHeading } from './review-heading';
import { ReviewerStatusText } from './reviewer-status-text';
import { useConsensusData, type ReviewerEntry } from './use-consensus-data';

const scoresOf = (ratings: readonly ReviewerRating[]): RatingsByItem => Object.fromEntries(ratings.map((r) => [r.itemId, r.score]));

function Waiting({ reviewId, reviewers }: { reviewId: string; reviewers: readonly ReviewerEntry[] }) {
  const { t } = useTranslation(['consensus', 'reviews']);
  return (
    <section className="panel stack" data-testid="consensus-waiting">
      <p>{reviewers.length < 2 ? t('consensus:reviewers.single') : t('consensus:reviewers.consensusWaiting')}</p>
      <ul>
        {reviewers.map((entry) => (
          <li key={entry.reviewerId}>
            <strong>{entry.name}</strong>: <ReviewerStatusText entry={entry} />
          </li>
        ))}
      </ul>
      <div>
        <Link href={`/reviews/${reviewId}/reviewers`} className="button button-secondary">
          {t('consensus:mine.back')}
        </Link>
      </div>
    </section>
  );
}

/**
 * The consensus (issue 7): both reviewers' scores side by side, disagreements first, agreement
 * figures, and the agreed score and note per item. The agreed scores are the review's own
 * ratings, so the review's total and band follow them and finalising works as before.
 */
export function ConsensusScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation(['consensus', 'reviews']);
  const locale = useLocale();
  const save = useTrackedSave();
  const listId = useId();
  const data = useConsensusData(reviewId);
  if (!data) return <LoadState data={data} />;
  const { review, service, scale, ratings, reviewers } = data;
  const heading = (
    <ReviewHeading
      data={data}
      backHref={`/reviews/${reviewId}`}
      backLabel={t('consensus:reviewers.back')}
      title={t('consensus:screen.title', { service: service?.name ?? '' })}
    />
  );
  const [first, second] = reviewers;
  if (!first || !second || !isReadyForConsensus(reviewers.map((r) => r.status ?? { finishedAt: null, revealedAt: null }))) {
    return (
      <div className="stack consensus-screen">
        {heading}
        <Waiting reviewId={reviewId} reviewers={reviewers} />
      </div>
    );
  }

  const firstScores = scoresOf(first.ratings);
  const secondScores = scoresOf(second.ratings);
  const comparisons = disagreementsFirst(compareReviewers(firstScores, secondScores));
  const consensus = ratingsByItem(ratings);
  const isReadOnly = review.status === 'final';
  const agreedOpen = comparisons.filter((c) => c.difference === 0 && consensus[c.itemId] == null);
  // One write for all of them: a failure (or a closed tab) leaves none half-applied, and is reported.
  const fillAgreed = () =>
    save(() =>
      setRatingScores(
        db,
        agreedOpen.flatMap((c) => {
          const rating = ratings.find((r) => r.itemId === c.itemId);
          return rating && c.first !== null ? [{ ratingId: rating.id, score: c.first }] : [];
        }),
        new Date(),
      ),
    );

  return (
    <div className="stack consensus-screen">
      {heading}
      {isReadOnly && <p className="notice">{t('reviews:screen.finalNotice')}</p>}
      <AgreementSummary
        figures={agreementFigures(comparisons)}
        names={[first.name, second.name]}
        totals={[firstScores, secondScores]}
        consensus={consensus}
      />
      <section className="stack" aria-labelledby={listId}>
        <div className="row-between">
          <h2 id={listId}>{t('consensus:screen.itemsTitle')}</h2>
          {!isReadOnly && agreedOpen.length > 0 && (
            <button type="button" className="button button-secondary" onClick={() => void fillAgreed()}>
              {t('consensus:screen.fillAgreed', { count: agreedOpen.length })}
            </button>
          )}
        </div>
        <p className="small muted">{t('consensus:screen.itemsHint')}</p>
        <ol className="consensus-list">
          {comparisons.map((comparison) => {
            const item = scale.items.find((i) => i.id === comparison.itemId);
            const rating = ratings.find((r) => r.itemId === comparison.itemId);
            if (!item || !rating) return null;
            const sides = [first, second].map((entry) => ({ name: entry.name, rating: entry.ratings.find((r) => r.itemId === item.id) }));
            return (
              <ConsensusItem
                key={item.id}
                item={item}
                comparison={comparison}
                reviewers={sides}
                consensus={rating}
                locale={locale}
                isReadOnly={isReadOnly}
              />
            );
          })}
        </ol>
      </section>
      <section className="panel">
        <FinaliseConsensus review={review} consensus={consensus} />
      </section>
    </div>
  );
}
