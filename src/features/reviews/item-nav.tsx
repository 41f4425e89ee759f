import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { SECTIONS, type ItemId } from '../../domain/fidelity/items';
import type { RatingsByItem } from '../../domain/fidelity/scoring';
import type { Locale, ScaleDefinition } from '../../domain/fidelity/scale-definition';

interface Props {
  reviewId: string;
  scale: ScaleDefinition;
  ratings: RatingsByItem;
  currentId: ItemId;
  locale: Locale;
}

const itemHref = (reviewId: string, id: ItemId) => `/reviews/${reviewId}/items/${id}`;

/** The 25 items by section with their scores: jump to any item (wide screens). */
export const ItemNav = memo(function ItemNav({ reviewId, scale, ratings, currentId, locale }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  // Said once, not once per item: on a slow tablet 25 look-ups add up.
  const unrated = t('reviews:nav.unrated');
  return (
    <nav className="item-nav" aria-label={t('reviews:nav.label')}>
      {SECTIONS.map((section) => (
        <div key={section}>
          <h2 className="item-nav-section">{t(`common:sections.${section}`)}</h2>
          <ol className="item-nav-list">
            {scale.items
              .filter((item) => item.section === section)
              .map((item) => {
                const score = ratings[item.id];
                return (
                  <li key={item.id}>
                    <Link
                      href={itemHref(reviewId, item.id)}
                      className="item-nav-link"
                      aria-current={item.id === currentId ? 'page' : undefined}
                    >
                      <span className="item-nav-title">
                        {item.number}. {item.texts[locale].title}
                      </span>
                      <span className={score ? 'item-nav-score' : 'item-nav-score item-nav-unrated'}>
                        {score ?? '–'}
                        <span className="visually-hidden">{score ? t('reviews:nav.scoreShort', { score }) : unrated}</span>
                      </span>
                    </Link>
                  </li>
                );
              })}
          </ol>
        </div>
      ))}
    </nav>
  );
});

/** A select to jump to any item, for narrow screens where the list does not fit beside the item. */
export const ItemJumpSelect = memo(function ItemJumpSelect({ reviewId, scale, ratings, currentId, locale }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  const unrated = t('reviews:nav.unrated');
  const [, navigate] = useLocation();
  return (
    <div className="field item-jump">
      <label htmlFor="item-jump">{t('reviews:nav.jumpTo')}</label>
      <select id="item-jump" value={currentId} onChange={(e) => navigate(itemHref(reviewId, e.target.value as ItemId))}>
        {SECTIONS.map((section) => (
          <optgroup key={section} label={t(`common:sections.${section}`)}>
            {scale.items
              .filter((item) => item.section === section)
              .map((item) => (
                <option key={item.id} value={item.id}>
                  {item.number}. {item.texts[locale].title} — {ratings[item.id] ?? unrated}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
});
