import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { isReadyForConsensus } from '../../domain/consensus/blind';
import { db } from '../../db/app-db';
import { startReviewerRating } from '../../db/repos/reviewer-ratings';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { LoadState, ReviewHeading } from './review-heading';
import { ReviewFileImport } from './review-file-import';
import { ReviewerStatusText } from './reviewer-status-text';
import { useConsensusData, type ReviewerEntry } from './use-consensus-data';

function ReviewerRow({ reviewId, entry, isFinal }: { reviewId: string; entry: ReviewerEntry; isFinal: boolean }) {
  const { t } = useTranslation(['consensus']);
  const [, navigate] = useLocation();
  const save = useTrackedSave();
  const href = `/reviews/${reviewId}/reviewers/${entry.reviewerId}`;
  const start = async () => {
    if (await save(() => startReviewerRating(db, reviewId, entry.reviewerId, new Date()))) navigate(href);
  };
  return (
    <li className="reviewer-row" data-testid={`reviewer-${entry.reviewerId}`}>
      <span>
        <strong>{entry.name}</strong>
        <br />
        <span className="small">
          <ReviewerStatusText entry={entry} />
        </span>
        {entry.isFromFile && (
          <>
            <br />
            <span className="small muted" data-testid="reviewer-from-file">
              {t('consensus:reviewers.fromFile')}
            </span>
          </>
        )}
      </span>
      {entry.isFromFile ? (
        // Issue 14 #6: rated on the other tablet; here only viewed, once blind rating allows.
        <Link href={href} className="button button-secondary">
          {t('consensus:reviewers.viewFromFile', { name: entry.name })}
        </Link>
      ) : entry.status ? (
        <Link href={href} className="button button-secondary">
          {t('consensus:reviewers.continueAs', { name: entry.name })}
        </Link>
      ) : (
        <button type="button" className="button" disabled={isFinal} onClick={() => void start()}>
          {t('consensus:reviewers.rateAs', { name: entry.name })}
        </button>
      )}
    </li>
  );
}

/** Who rates: each reviewer's progress (never their scores), the way to the consensus, and file import. */
export function ReviewersScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation(['consensus']);
  const data = useConsensusData(reviewId);
  const listId = useId();
  if (!data) return <LoadState data={data} />;
  const { review, reviewers } = data;
  const isFinal = review.status === 'final';
  const isReady = isReadyForConsensus(reviewers.map((r) => r.status ?? { finishedAt: null, revealedAt: null }));
  return (
    <div className="stack consensus-screen">
      <ReviewHeading
        data={data}
        backHref={`/reviews/${reviewId}`}
        backLabel={t('consensus:reviewers.back')}
        title={t('consensus:reviewers.title')}
      />
      <p>{t('consensus:reviewers.intro')}</p>
      {isFinal && <p className="notice">{t('consensus:reviewers.finalNotice')}</p>}
      <section className="panel stack" aria-labelledby={listId}>
        <h2 id={listId}>{t('consensus:reviewers.listTitle')}</h2>
        {reviewers.length < 2 && <p className="notice">{t('consensus:reviewers.single')}</p>}
        <p className="small muted">{t('consensus:reviewers.chooseHint')}</p>
        <ul className="list">
          {reviewers.map((entry) => (
            <ReviewerRow key={entry.reviewerId} reviewId={reviewId} entry={entry} isFinal={isFinal} />
          ))}
        </ul>
      </section>
      {reviewers.length === 2 && (
        <section className="panel stack" aria-labelledby={`${listId}-consensus`}>
          <h2 id={`${listId}-consensus`}>{t('consensus:reviewers.consensusTitle')}</h2>
          <p>{isReady ? t('consensus:reviewers.consensusReady') : t('consensus:reviewers.consensusWaiting')}</p>
          <div>
            <Link href={`/reviews/${reviewId}/consensus`} className={isReady ? 'button' : 'button button-secondary'}>
              {t('consensus:reviewers.openConsensus')}
            </Link>
          </div>
        </section>
      )}
      <ReviewFileImport expectedReviewId={reviewId} />
    </div>
  );
}
