import { useTranslation } from '../../i18n/use-translation';
import { canSeeOtherScores } from '../../domain/consensus/blind';
import { isReviewerId } from '../../domain/records/reviewer-rating';
import { db } from '../../db/app-db';
import { startReviewerRating } from '../../db/repos/reviewer-ratings';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { FromFileRatings } from './from-file-ratings';
import { MyRatingActions } from './my-rating-actions';
import { MyRatingItem } from './my-rating-item';
import { LoadState, ReviewHeading } from './review-heading';
import { useConsensusData } from './use-consensus-data';

/**
 * One reviewer rates on their own tablet (issue 7): all 25 items on one page, blind — the other
 * reviewer's scores appear only when both have finished or this reviewer chose to reveal them.
 */
export function MyRatingsScreen({ reviewId, reviewerId }: { reviewId: string; reviewerId: string }) {
  const { t } = useTranslation(['consensus']);
  const locale = useLocale();
  const save = useTrackedSave();
  const data = useConsensusData(reviewId);
  if (!data) return <LoadState data={data} />;
  const me = isReviewerId(reviewerId) ? data.reviewers.find((r) => r.reviewerId === reviewerId) : undefined;
  if (!me) return <LoadState data={null} />;
  const other = data.reviewers.find((r) => r.reviewerId !== me.reviewerId);
  const { review, scale } = data;
  const back = { backHref: `/reviews/${reviewId}/reviewers`, backLabel: t('consensus:mine.back') };
  const heading = <ReviewHeading data={data} {...back} title={t('consensus:mine.title', { name: me.name })} />;
  if (me.isFromFile) return <FromFileRatings data={data} entry={me} heading={heading} />;

  if (!me.status) {
    return (
      <div className="stack consensus-screen">
        {heading}
        <section className="panel stack">
          <p>{t('consensus:mine.notStarted', { name: me.name })}</p>
          <div>
            <button
              type="button"
              className="button"
              disabled={review.status === 'final'}
              onClick={() => void save(() => startReviewerRating(db, reviewId, me.reviewerId, new Date()))}
            >
              {t('consensus:reviewers.rateAs', { name: me.name })}
            </button>
          </div>
        </section>
      </div>
    );
  }

  const status = me.status;
  const isVisible = canSeeOtherScores(status, other?.status ?? null);
  const rated = me.ratings.filter((r) => r.score !== null).length;
  const isReadOnly = review.status === 'final' || status.finishedAt !== null;
  let notice = t('consensus:mine.blindNotice');
  if (status.finishedAt) notice = t('consensus:mine.finishedNotice', { date: formatDateTime(status.finishedAt, locale) });
  if (review.status === 'final') notice = t('consensus:reviewers.finalNotice');

  return (
    <div className="stack consensus-screen">
      {heading}
      <section className="panel stack my-rating-summary" aria-label={t('consensus:mine.summaryLabel')}>
        <p role="status" data-testid="my-rated">
          <strong>{t('consensus:mine.rated', { rated })}</strong>
        </p>
        <p className="notice">{notice}</p>
        {other && isVisible && <p className="notice notice-warning">{t('consensus:mine.otherVisible', { name: other.name })}</p>}
        <MyRatingActions
          review={review}
          status={status}
          name={me.name}
          unrated={25 - rated}
          canSeeOther={isVisible}
          hasOther={other !== undefined}
        />
      </section>
      <ol className="my-rating-list">
        {scale.items.map((item) => {
          const rating = me.ratings.find((r) => r.itemId === item.id);
          if (!rating) return null;
          const otherScore =
            other && isVisible ? { name: other.name, score: other.ratings.find((r) => r.itemId === item.id)?.score ?? null } : undefined;
          return <MyRatingItem key={item.id} item={item} rating={rating} locale={locale} isReadOnly={isReadOnly} other={otherScore} />;
        })}
      </ol>
    </div>
  );
}
