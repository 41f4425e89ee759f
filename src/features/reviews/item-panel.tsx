import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isEvidenceItem } from '../../domain/evidence/evidence-input';
import { ITEM_IDS, type ItemId } from '../../domain/fidelity/items';
import { nextUnratedItem, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Locale, ScaleItem } from '../../domain/fidelity/scale-definition';
import type { Rating, Recommendation, Review } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { setRatingScore } from '../../db/repos/ratings';
import { RecommendationFollowUp } from '../../ui/recommendation-follow-up';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { useTrackedSave } from '../../ui/use-tracked-save';
import { RatingDataSources, RatingNotes } from './rating-notes';
import { ScoreOptions } from './score-options';
import { shownSuggestionFor } from './suggestion-store';
import { ensureFeatureMessages } from '../../i18n/feature-messages';

// Recommendations sit below the notes and are written after scoring: they need not hold up the item.
const RecommendationList = lazy(() => import('./recommendation-list').then((m) => ({ default: m.RecommendationList })));

// Evidence from tracked data (issue 5) loads with its messages after the item is on screen: the
// scoring screen's start-up JavaScript has a budget, and only six of the 25 items have evidence.
const EvidencePanel = lazy(async () => {
  const [module] = await Promise.all([import('./evidence-panel'), ensureFeatureMessages('evidence')]);
  return { default: module.EvidencePanel };
});

interface Props {
  review: Review;
  item: ScaleItem;
  rating: Rating;
  ratings: RatingsByItem;
  recommendations: readonly Recommendation[];
  locale: Locale;
  isReadOnly: boolean;
}

const itemHref = (reviewId: string, id: ItemId) => `/reviews/${reviewId}/items/${id}`;

function ItemStepper({ reviewId, itemId, ratings }: { reviewId: string; itemId: ItemId; ratings: RatingsByItem }) {
  const { t } = useTranslation();
  const index = ITEM_IDS.indexOf(itemId);
  const previous = ITEM_IDS[index - 1];
  const next = ITEM_IDS[index + 1];
  const unrated = nextUnratedItem(ratings, itemId);
  return (
    <nav className="item-stepper" aria-label={t('reviews.nav.itemOf', { position: index + 1 })}>
      {previous ? (
        <Link href={itemHref(reviewId, previous)} className="button button-secondary" rel="prev">
          ← {t('reviews.nav.previous')}
        </Link>
      ) : (
        <span />
      )}
      {unrated && unrated !== itemId ? (
        <Link href={itemHref(reviewId, unrated)} className="button button-secondary" data-testid="next-unrated">
          {t('reviews.nav.nextUnrated')}
        </Link>
      ) : (
        <span className="muted small">{unrated ? '' : t('reviews.nav.allRated')}</span>
      )}
      {next ? (
        <Link href={itemHref(reviewId, next)} className="button" rel="next" data-testid="next-item">
          {t('reviews.nav.next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** One item: what it checks and the five score summaries on the left, notes and recommendations beside. */
export function ItemPanel({ review, item, rating, ratings, recommendations, locale, isReadOnly }: Props) {
  const { t } = useTranslation();
  const reviewId = review.id;
  const evidenceItem = isEvidenceItem(item.id) ? item.id : null;
  const save = useTrackedSave();
  const isPainted = useAfterFirstPaint();
  const text = item.texts[locale];
  const position = ITEM_IDS.indexOf(item.id) + 1;
  return (
    <article className="item-panel" aria-labelledby="item-title">
      <header className="item-header">
        <p className="muted small">
          {t('reviews.item.sectionNumber', { section: t(`common.sections.${item.section}`), number: item.number })} · {t('reviews.nav.itemOf', { position })}
        </p>
        <h2 id="item-title">{text.title}</h2>
      </header>
      <div className="item-body">
        <div className="stack">
          <p>{text.description}</p>
          <ScoreOptions
            name={`score-${item.id}`}
            text={text}
            score={rating.score}
            isReadOnly={isReadOnly}
            onChange={(score) => {
              const shown = evidenceItem ? shownSuggestionFor(reviewId, evidenceItem) : undefined;
              void save(() => setRatingScore(db, rating.id, score, new Date(), shown));
            }}
          />
          <p className="small muted">
            {t('reviews.item.guidance')}
          </p>
        </div>
        <div className="stack">
          {evidenceItem && isPainted && (
            <Suspense fallback={null}>
              <EvidencePanel review={review} itemId={evidenceItem} rating={rating} isReadOnly={isReadOnly} />
            </Suspense>
          )}
          <RatingNotes key={rating.id} rating={rating} isReadOnly={isReadOnly} />
          <RatingDataSources rating={rating} suggested={item.dataSources} isReadOnly={isReadOnly} />
          <RecommendationFollowUp reviewId={reviewId} itemId={item.id} isReadOnly={isReadOnly} />
          <Suspense fallback={<p role="status">{t('common.status.loading')}</p>}>
            <RecommendationList reviewId={reviewId} itemId={item.id} recommendations={recommendations} isReadOnly={isReadOnly} />
          </Suspense>
        </div>
      </div>
      <ItemStepper reviewId={reviewId} itemId={item.id} ratings={ratings} />
    </article>
  );
}
