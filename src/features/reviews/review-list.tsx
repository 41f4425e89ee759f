import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { isEvidenceItem } from '../../domain/evidence/evidence-input';
import type { Locale, ScaleDefinition, ScaleItem } from '../../domain/fidelity/scale-definition';
import type { Rating } from '../../domain/records/review';
import { itemHref } from './item-stepper';
import { ScoreOptions } from './score-options';
import { useReviewViewStore } from './review-view-store';
import { useScoreTap } from './use-score-tap';

export const listItemId = (itemId: string) => `list-${itemId}`;

/** After a tap on an unrated item, the next unrated one comes up under the strip: no scrolling by hand. */
function showNextUnrated(ratings: readonly Rating[], afterItemId: string) {
  const index = ratings.findIndex((r) => r.itemId === afterItemId);
  const next = ratings.slice(index + 1).find((r) => r.score === null);
  if (!next) return;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  document.getElementById(listItemId(next.itemId))?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
}

function ListItem({
  reviewId,
  item,
  rating,
  ratings,
  locale,
  isReadOnly,
}: {
  reviewId: string;
  item: ScaleItem;
  rating: Rating;
  ratings: readonly Rating[];
  locale: Locale;
  isReadOnly: boolean;
}) {
  const { t } = useTranslation(['reviews', 'common']);
  const setView = useReviewViewStore((s) => s.setView);
  const { score, error, choose } = useScoreTap(reviewId, rating);
  const text = item.texts[locale];
  return (
    <li className="review-list-item" id={listItemId(item.id)} data-testid={`list-item-${item.id}`}>
      <div className="review-list-heading">
        <h2 className="review-list-title">
          <span className="muted small">
            {t('reviews:item.sectionNumber', { section: t(`common:sections.${item.section}`), number: item.number })}
          </span>{' '}
          {text.title}
        </h2>
        <Link href={itemHref(reviewId, item.id)} className="button button-secondary" onClick={() => setView('item')}>
          {t('reviews:view.openItem')}
          <span className="visually-hidden"> {text.title}</span>
        </Link>
      </div>
      <ScoreOptions
        name={`list-score-${item.id}`}
        text={text}
        score={score}
        isReadOnly={isReadOnly}
        error={error}
        onChange={(value, isTap) => {
          choose(value, isEvidenceItem(item.id) ? item.id : null);
          if (isTap && rating.score === null && value !== null) showNextUnrated(ratings, item.id);
        }}
      />
    </li>
  );
}

/** All 25 items with their choices on one page, for a reviewer who scores from notes after the visit. */
export function ReviewList({
  reviewId,
  scale,
  ratings,
  locale,
  isReadOnly,
}: {
  reviewId: string;
  scale: ScaleDefinition;
  ratings: readonly Rating[];
  locale: Locale;
  isReadOnly: boolean;
}) {
  return (
    <ol className="review-list" data-testid="review-list">
      {scale.items.map((item) => {
        const rating = ratings.find((r) => r.itemId === item.id);
        return rating ? (
          <ListItem
            key={item.id}
            reviewId={reviewId}
            item={item}
            rating={rating}
            ratings={ratings}
            locale={locale}
            isReadOnly={isReadOnly}
          />
        ) : null;
      })}
    </ol>
  );
}
