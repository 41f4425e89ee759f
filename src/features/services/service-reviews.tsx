import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { totalScore } from '../../domain/fidelity/scoring';
import type { Review } from '../../domain/records/review';
import { useRatings } from '../../db/live/reviews';
import { ratingsByItem } from '../../db/queries';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';

function ReviewRow({ review }: { review: Review }) {
  const { t } = useTranslation(['common', 'services']);
  const locale = useLocale();
  const ratings = useRatings(review.id);
  const score = ratings ? totalScore(ratingsByItem(ratings)) : null;
  return (
    <li>
      <Link href={`/reviews/${review.id}`} className="list-link" data-testid="review-row">
        <span>
          <span className="list-title">{formatDateRange(review.firstDay, review.lastDay, locale)}</span>
          <br />
          <span className="muted small">
            {t(`common:reviewTypes.${review.type}`)}
            {review.reviewers.length > 0 && ` · ${review.reviewers.join(', ')}`}
          </span>
        </span>
        <span className="row">
          <span className={`status-badge status-${review.status}`}>{t(`common:reviewStatus.${review.status}`)}</span>
          {score && (
            <>
              {!score.isComplete && <span className="muted small">{t('services:reviewRow.rated', { rated: score.rated })}</span>}
              <strong data-testid="review-total">{t('services:reviewRow.total', { total: score.total })}</strong>
              {score.rated > 0 && <BandBadge total={score.total} isComplete={score.isComplete} />}
            </>
          )}
        </span>
      </Link>
    </li>
  );
}

export function ServiceReviews({ reviews }: { reviews: readonly Review[] }) {
  return (
    <ul className="list">
      {reviews.map((review) => (
        <ReviewRow key={review.id} review={review} />
      ))}
    </ul>
  );
}
