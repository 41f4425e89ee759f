import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { ITEM_IDS, type ItemId } from '../../domain/fidelity/items';
import { nextUnratedItem, type RatingsByItem } from '../../domain/fidelity/scoring';

export const itemHref = (reviewId: string, id: ItemId) => `/reviews/${reviewId}/items/${id}`;

/**
 * Previous / next unrated / next, above the item: the same three places on every item, so the
 * reviewer's thumb finds them without looking and the score choices below never move.
 */
export function ItemStepper({ reviewId, itemId, ratings }: { reviewId: string; itemId: ItemId; ratings: RatingsByItem }) {
  const { t } = useTranslation(['reviews']);
  const index = ITEM_IDS.indexOf(itemId);
  const previous = ITEM_IDS[index - 1];
  const next = ITEM_IDS[index + 1];
  const unrated = nextUnratedItem(ratings, itemId);
  return (
    <nav className="item-stepper" aria-label={t('reviews:nav.stepperLabel')}>
      {previous ? (
        <Link
          href={itemHref(reviewId, previous)}
          className="button button-secondary"
          rel="prev"
          aria-keyshortcuts="P"
          data-testid="previous-item"
        >
          ← {t('reviews:nav.previous')}
        </Link>
      ) : (
        <span />
      )}
      {unrated && unrated !== itemId ? (
        <Link href={itemHref(reviewId, unrated)} className="button button-secondary" data-testid="next-unrated">
          {t('reviews:nav.nextUnrated')}
        </Link>
      ) : (
        <span className="muted small">{unrated ? '' : t('reviews:nav.allRated')}</span>
      )}
      {next ? (
        <Link href={itemHref(reviewId, next)} className="button" rel="next" aria-keyshortcuts="N" data-testid="next-item">
          {t('reviews:nav.next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
