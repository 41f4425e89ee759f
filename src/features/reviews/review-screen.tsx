import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { isItemId } from '../../domain/fidelity/items';
import { nextUnratedItem } from '../../domain/fidelity/scoring';
import { useReviewScreen } from '../../db/live/reviews';
import { ratingsByItem } from '../../db/queries';
import { ensureFeatureMessages } from '../../i18n/feature-messages';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ItemJumpSelect, ItemNav } from './item-nav';
import { ItemPanel } from './item-panel';
import { ReviewStatusControls } from './review-status-controls';
import { ScoreSummary } from './score-summary';

// Opened rarely (to correct the visit's days or reviewers), so it loads only when asked for,
// with the messages it shares with the service screen's new-review form.
const ReviewDetailsForm = lazy(async () => {
  const [module] = await Promise.all([import('./review-details'), ensureFeatureMessages('services')]);
  return { default: module.ReviewDetailsForm };
});

interface Props {
  reviewId: string;
  /** The item in the address; null opens the next unrated item. */
  itemId: string | null;
}

export function ReviewScreen({ reviewId, itemId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useReviewScreen(reviewId);
  const [isEditingDetails, setEditingDetails] = useState(false);

  if (data === undefined) return <p role="status">{t('common.status.loading')}</p>;
  // A missing review, or one rated on a scale version this device does not have.
  if (data === null || data.scale === null) {
    return (
      <section className="panel">
        <h1>{t('common.status.notFound')}</h1>
        <Link href="/">{t('common.nav.services')}</Link>
      </section>
    );
  }
  const { review, service, ratings, recommendations, scale } = data;

  const byItem = ratingsByItem(ratings);
  if (itemId === null || !isItemId(itemId)) {
    const target = nextUnratedItem(byItem) ?? 'staffing-1';
    return <Redirect to={`/reviews/${reviewId}/items/${target}`} replace />;
  }
  const item = scale.items.find((i) => i.id === itemId);
  const rating = ratings.find((r) => r.itemId === itemId);
  if (!item || !rating) return <p role="alert">{t('common.status.notFound')}</p>;

  const isReadOnly = review.status === 'final';
  const navProps = { reviewId, scale, ratings: byItem, currentId: itemId, locale };

  return (
    <div className="review-screen">
      <header className="review-header">
        <div className="row-between">
          <div>
            {service && (
              <Link href={`/services/${service.id}`} className="back-link small">
                ← {service.name}
              </Link>
            )}
            <h1>{t('reviews.screen.title', { service: service?.name ?? '' })}</h1>
            <p className="muted small">
              {formatDateRange(review.firstDay, review.lastDay, locale)} · {t(`common.reviewTypes.${review.type}`)}
              {review.reviewers.length > 0 && ` · ${t('reviews.screen.reviewers')}: ${review.reviewers.join(', ')}`} ·{' '}
              <span className={`status-badge status-${review.status}`} data-testid="review-status">
                {t(`common.reviewStatus.${review.status}`)}
              </span>
            </p>
          </div>
          <div className="row">
            {!isReadOnly && !isEditingDetails && (
              <button type="button" className="button button-secondary" onClick={() => setEditingDetails(true)}>
                {t('reviews.screen.editDetails')}
              </button>
            )}
            {review.reviewers.length >= 2 && (
              <Link href={`/reviews/${reviewId}/reviewers`} className="button button-secondary" data-testid="consensus-link">
                {t('reviews.screen.consensusLink')}
              </Link>
            )}
            <Link href={`/reviews/${reviewId}/report`} className="button button-secondary">
              {t('reviews.screen.reportLink')}
            </Link>
            <Link href="/settings/scale" className="button button-secondary" data-testid="scale-info-link">{t('reviews.screen.aboutScaleLink')}</Link>
            <ReviewStatusControls review={review} ratings={byItem} />
          </div>
        </div>
        {isReadOnly && <p className="notice">{t('reviews.screen.finalNotice')}</p>}
      </header>
      {isEditingDetails && !isReadOnly && (
        <Suspense fallback={<p role="status">{t('common.status.loading')}</p>}>
          <ReviewDetailsForm review={review} onDone={() => setEditingDetails(false)} />
        </Suspense>
      )}
      <ScoreSummary ratings={byItem} />
      <div className="review-layout">
        <ItemNav {...navProps} />
        <div className="stack">
          <ItemJumpSelect {...navProps} />
          <ItemPanel
            review={review}
            item={item}
            rating={rating}
            ratings={byItem}
            recommendations={recommendations.filter((r) => r.itemId === itemId)}
            locale={locale}
            isReadOnly={isReadOnly}
          />
        </div>
      </div>
    </div>
  );
}
