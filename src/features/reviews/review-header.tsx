import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import type { Locale } from '../../domain/fidelity/scale-definition';
import type { Review } from '../../domain/records/review';
import type { Service } from '../../domain/records/service';
import { formatDateRange } from '../../i18n/format';
import { useReviewViewStore } from './review-view-store';

/** One item at a time, or the whole review as a list: the reviewer's choice, kept in the UI store. */
function ViewSwitch() {
  const { t } = useTranslation(['reviews', 'common']);
  const view = useReviewViewStore((s) => s.view);
  const setView = useReviewViewStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label={t('reviews:view.label')}>
      {(['item', 'list'] as const).map((value) => (
        <button
          key={value}
          type="button"
          className="button button-secondary"
          aria-pressed={view === value}
          onClick={() => setView(value)}
          data-testid={`view-${value}`}
        >
          {t(`reviews:view.${value}`)}
        </button>
      ))}
    </div>
  );
}

interface Props {
  review: Review;
  service: Service | null;
  isReadOnly: boolean;
  locale: Locale;
}

/**
 * The review's title, visit, reviewers, status and links. Its own memo: a score's write changes the
 * ratings, not the review, and the screen renders again for it (issue 15: the title's words and
 * five links were rendered again after every tap).
 */
export const ReviewHeader = memo(function ReviewHeader({ review, service, isReadOnly, locale }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  return (
    <header className="review-header">
      <div className="review-heading">
        <h1>{t('reviews:screen.title', { service: service?.name ?? '' })}</h1>
        <p className="muted small review-meta">
          {service && (
            <Link href={`/services/${service.id}`} className="back-link">
              ← {service.name}
            </Link>
          )}
          <span>
            {formatDateRange(review.firstDay, review.lastDay, locale)} · {t(`common:reviewTypes.${review.type}`)}
            {review.reviewers.length > 0 && ` · ${t('reviews:screen.reviewers')}: ${review.reviewers.join(', ')}`}
          </span>
          <span className={`status-badge status-${review.status}`} data-testid="review-status">
            {t(`common:reviewStatus.${review.status}`)}
          </span>
        </p>
      </div>
      <div className="row review-links">
        {review.reviewers.length >= 2 && (
          <Link href={`/reviews/${review.id}/reviewers`} className="button button-secondary" data-testid="consensus-link">
            {t('reviews:screen.consensusLink')}
          </Link>
        )}
        <Link href={`/reviews/${review.id}/report`} className="button button-secondary">
          {t('reviews:screen.reportLink')}
        </Link>
        <Link href="/settings/scale" className="button button-secondary" data-testid="scale-info-link">
          {t('reviews:screen.aboutScaleLink')}
        </Link>
        <ViewSwitch />
      </div>
      {isReadOnly && <p className="notice">{t('reviews:screen.finalNotice')}</p>}
    </header>
  );
});
