import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, Redirect } from 'wouter';
import { isItemId } from '../../domain/fidelity/items';
import { nextUnratedItem } from '../../domain/fidelity/scoring';
import { useReviewScreen } from '../../db/live/reviews';
import { ratingsByItem } from '../../db/queries';
import { useLocale } from '../../i18n/use-locale';
import { ItemJumpSelect, ItemNav } from './item-nav';
import { ItemPanel, SCORE_GROUP_ID } from './item-panel';
import { ReviewHeader } from './review-header';
import { useReviewViewStore } from './review-view-store';
import { ScoreSummary } from './score-summary';
import { useStripHeight } from './use-strip-height';
import { useIsWideLayout } from './use-wide-layout';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { focusScores } from './use-score-keys';

// Opened rarely (to correct the visit's days or reviewers), so it loads only when asked for,
// with the messages it shares with the service screen's new-review form.
const ReviewDetailsForm = lazy(() => import('./review-details').then((m) => ({ default: m.ReviewDetailsForm })));

// The whole-review list is a choice a reviewer makes (scoring from notes after the visit); the
// scoring screen's start-up JavaScript has a budget, so it loads when chosen.
const ReviewList = lazy(() => import('./review-list').then((m) => ({ default: m.ReviewList })));

// Finalising and deleting sit below the scoring, used once per review: loaded after the item.
const ReviewStatusControls = lazy(() => import('./review-status-controls').then((m) => ({ default: m.ReviewStatusControls })));

interface Props {
  reviewId: string;
  /** The item in the address; null opens the next unrated item. */
  itemId: string | null;
}

export function ReviewScreen({ reviewId, itemId }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  const locale = useLocale();
  const data = useReviewScreen(reviewId);
  const view = useReviewViewStore((s) => s.view);
  const [isEditingDetails, setEditingDetails] = useState(false);
  const stripRef = useStripHeight<HTMLDivElement>();
  const isWide = useIsWideLayout();
  // Finalising and deleting, below the scoring, load once the item is on screen.
  const isPainted = useAfterFirstPaint();
  // Computed again only when the stored ratings or recommendations change (not on a tap).
  const ratings = data?.ratings;
  const byItem = useMemo(() => ratingsByItem(ratings ?? []), [ratings]);
  const allRecommendations = data?.recommendations;
  const itemRecommendations = useMemo(() => allRecommendations?.filter((r) => r.itemId === itemId) ?? [], [allRecommendations, itemId]);

  if (data === undefined) return <p role="status">{t('common:status.loading')}</p>;
  // A missing review, or one rated on a scale version this device does not have.
  if (data === null || data.scale === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }
  const { review, service, scale } = data;
  const stored = data.ratings;

  if (itemId === null || !isItemId(itemId)) {
    const target = nextUnratedItem(byItem) ?? 'staffing-1';
    return <Redirect to={`/reviews/${reviewId}/items/${target}`} replace />;
  }
  const item = scale.items.find((i) => i.id === itemId);
  const rating = stored.find((r) => r.itemId === itemId);
  if (!item || !rating) return <p role="alert">{t('common:status.notFound')}</p>;

  const isReadOnly = review.status === 'final';
  const navProps = { reviewId, scale, ratings: byItem, currentId: itemId, locale };

  return (
    <div className="review-screen">
      {/* Past the header and its links straight to the scores (the list: the first unrated item's). */}
      <a
        href={`#${SCORE_GROUP_ID}`}
        className="skip-to-scores"
        onClick={(event) => {
          event.preventDefault();
          focusScores(SCORE_GROUP_ID);
        }}
      >
        {t('reviews:item.skipToScores')}
      </a>
      <ReviewHeader review={review} service={service} isReadOnly={isReadOnly} locale={locale} />
      <div className="scoring-strip" ref={stripRef}>
        <ScoreSummary ratings={stored} />
      </div>
      {view === 'list' ? (
        <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
          <ReviewList reviewId={reviewId} scale={scale} ratings={stored} locale={locale} isReadOnly={isReadOnly} />
        </Suspense>
      ) : (
        <div className="review-layout">
          {isWide !== false && <ItemNav {...navProps} />}
          <div className="stack">
            {isWide !== true && <ItemJumpSelect {...navProps} />}
            <ItemPanel
              review={review}
              item={item}
              rating={rating}
              ratings={byItem}
              recommendations={itemRecommendations}
              locale={locale}
              isReadOnly={isReadOnly}
            />
          </div>
        </div>
      )}
      {/* Finalising, correcting the visit's details and deleting come after the scoring, below it. */}
      <section className="panel review-actions" aria-label={t('reviews:screen.actionsLabel')}>
        <div className="row">
          {!isReadOnly && !isEditingDetails && (
            <button type="button" className="button button-secondary" onClick={() => setEditingDetails(true)}>
              {t('reviews:screen.editDetails')}
            </button>
          )}
          <Suspense fallback={null}>{isPainted && <ReviewStatusControls review={review} ratings={byItem} />}</Suspense>
        </div>
        {isEditingDetails && !isReadOnly && (
          <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
            <ReviewDetailsForm review={review} onDone={() => setEditingDetails(false)} />
          </Suspense>
        )}
      </section>
    </div>
  );
}
