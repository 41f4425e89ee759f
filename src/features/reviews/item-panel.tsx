import { lazy, memo, Suspense, useEffect, useMemo, type ComponentProps } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useLocation } from 'wouter';
import { isEvidenceItem } from '../../domain/evidence/evidence-input';
import { ITEM_IDS } from '../../domain/fidelity/items';
import type { RatingsByItem } from '../../domain/fidelity/scoring';
import type { Locale, ScaleItem } from '../../domain/fidelity/scale-definition';
import type { Rating, Recommendation, Review } from '../../domain/records/review';
import { withMessages } from '../../i18n/with-messages';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { ItemStepper, itemHref } from './item-stepper';
import { RatingDataSources, RatingNotes } from './rating-notes';
import { ScoreOptions } from './score-options';
import { useChooseScore, useShownScore } from './use-score-tap';
import { shownScoreNow } from './pending-scores';
import { focusScores, useScoreKeys } from './use-score-keys';
import { preloadRatingWrites } from '../../db/repos/ratings';

// What became of the previous review's recommendations: read and shown after the item is on
// screen (a look-up of earlier reviews), outside the scoring screen's start-up JavaScript.
const RecommendationFollowUp = lazy(() =>
  import('../../widgets/recommendation-follow-up').then((m) => ({ default: memo(m.RecommendationFollowUp) })),
);

// Recommendations sit below the notes and are written after scoring: they need not hold up the item.
// A memo: a score's write renders the item again, and the list (with its form) need not follow.
const RecommendationList = lazy(() => import('./recommendation-list').then((m) => ({ default: memo(m.RecommendationList) })));

// Evidence from tracked data (issue 5) loads (and its namespace with it) after the item is on screen: the
// scoring screen's start-up JavaScript has a budget, and only six of the 25 items have evidence.
const EvidencePanel = lazy(withMessages(() => import('./evidence-panel').then((m) => ({ default: m.EvidencePanel })), ['evidence']));

/** The score group's id: the skip link, the keys 1–5 and the tests find the group by it. */
export const SCORE_GROUP_ID = 'score-group';
const KEYS_HINT_ID = 'score-keys-hint';

// Set when N or P opened this item: the keyboard user's focus goes on to its score group.
let focusScoresOnOpen = false;

interface Props {
  review: Review;
  item: ScaleItem;
  rating: Rating;
  ratings: RatingsByItem;
  recommendations: readonly Recommendation[];
  locale: Locale;
  isReadOnly: boolean;
}

interface ScoresProps {
  reviewId: string;
  item: ScaleItem;
  rating: Rating;
  locale: Locale;
  isReadOnly: boolean;
  go: (id: (typeof ITEM_IDS)[number] | undefined) => void;
}

/**
 * The five choices with the score shown now: the only part of the item that a tap renders again
 * (with the strip's total). The tapped score is UI state read here, so neither the item around
 * the choices nor its notes, sources and recommendations render for a tap.
 */
function ShownScoreOptions({ rating, ...props }: Omit<ComponentProps<typeof ScoreOptions>, 'score' | 'error'> & { rating: Rating }) {
  const { score, error } = useShownScore(rating);
  return <ScoreOptions {...props} score={score} error={error} />;
}

/** The five choices and their keys (1–5, N and P). */
function ItemScores({ reviewId, item, rating, locale, isReadOnly, go }: ScoresProps) {
  const { t } = useTranslation(['reviews', 'common']);
  const evidenceItem = isEvidenceItem(item.id) ? item.id : null;
  const choose = useChooseScore(reviewId, rating);
  const position = ITEM_IDS.indexOf(item.id) + 1;
  const keysHint = useMemo(() => t('reviews:item.keysHint'), [t]);
  useScoreKeys({
    onScore: isReadOnly
      ? undefined
      : (value) => {
          if (value !== shownScoreNow(rating)) choose(value, evidenceItem);
          focusScores(SCORE_GROUP_ID, value);
        },
    onNext: () => go(ITEM_IDS[position]),
    onPrevious: () => go(ITEM_IDS[position - 2]),
  });
  return (
    <div className="item-scoring">
      <ShownScoreOptions
        id={SCORE_GROUP_ID}
        name={`score-${item.id}`}
        text={item.texts[locale]}
        rating={rating}
        isReadOnly={isReadOnly}
        describedBy={isReadOnly ? undefined : KEYS_HINT_ID}
        onChange={(value) => choose(value, evidenceItem)}
      />
      {!isReadOnly && (
        <p id={KEYS_HINT_ID} className="small muted keys-hint">
          {keysHint}
        </p>
      )}
    </div>
  );
}

// A score's write changes the rating's score and updatedAt only: the notes and the data sources
// need not render again for it.
const MemoRatingNotes = memo(
  RatingNotes,
  (a, b) => a.isReadOnly === b.isReadOnly && a.rating.id === b.rating.id && a.rating.notes === b.rating.notes,
);
const MemoRatingDataSources = memo(
  RatingDataSources,
  (a, b) =>
    a.isReadOnly === b.isReadOnly &&
    a.suggested === b.suggested &&
    a.rating.id === b.rating.id &&
    a.rating.dataSources.length === b.rating.dataSources.length &&
    a.rating.dataSources.every((source, index) => source === b.rating.dataSources[index]),
);

/**
 * One item: the stepper, the title and the five choices first, so that they are on screen as the
 * item opens on a tablet in either orientation; the description (one tap away), evidence, notes,
 * data sources and recommendations beside them (below them on a phone).
 */
export const ItemPanel = memo(function ItemPanel({ review, item, rating, ratings, recommendations, locale, isReadOnly }: Props) {
  const { t } = useTranslation(['reviews', 'common']);
  const reviewId = review.id;
  const evidenceItem = isEvidenceItem(item.id) ? item.id : null;
  // What is not needed to score (the description, evidence, notes, sources, recommendations)
  // comes after the choices are painted.
  const isPainted = useAfterFirstPaint();
  const text = item.texts[locale];
  const position = ITEM_IDS.indexOf(item.id) + 1;
  const [, navigate] = useLocation();
  const go = (id: (typeof ITEM_IDS)[number] | undefined) => {
    if (!id) return;
    focusScoresOnOpen = true;
    navigate(itemHref(reviewId, id));
  };
  useEffect(() => {
    if (!focusScoresOnOpen) return;
    focusScoresOnOpen = false;
    // After the shell has moved focus to the new page (its effect runs after this one).
    const timer = setTimeout(() => focusScores(SCORE_GROUP_ID), 0);
    return () => clearTimeout(timer);
  }, [item.id]);
  useEffect(() => {
    // A score's write checks are loaded after the first paint, so the first tap does not wait for them.
    if (isPainted && !isReadOnly) void preloadRatingWrites().catch(() => undefined);
  }, [isPainted, isReadOnly]);
  return (
    <article className="item-panel" aria-labelledby="item-title">
      <ItemStepper reviewId={reviewId} itemId={item.id} ratings={ratings} />
      <header className="item-header">
        <p className="muted small item-position">
          {t('reviews:item.sectionNumber', { section: t(`common:sections.${item.section}`), number: item.number })} ·{' '}
          {t('reviews:nav.itemOf', { position })}
        </p>
        <h2 id="item-title" className="item-title">
          {text.title}
        </h2>
      </header>
      <div className="item-body">
        <ItemScores reviewId={reviewId} item={item} rating={rating} locale={locale} isReadOnly={isReadOnly} go={go} />
        {/* Beside the choices (below them on a phone or an upright tablet), and rendered once they
            are painted: on a cold start the choices are on screen and usable first. */}
        <div className="stack item-side">
          {isPainted && (
            <>
              <details className="item-about">
                <summary className="details-toggle">{t('reviews:item.about')}</summary>
                <p>{text.description}</p>
                <p className="small muted">{t('reviews:item.guidance')}</p>
              </details>
              {evidenceItem && (
                <Suspense fallback={null}>
                  <EvidencePanel review={review} itemId={evidenceItem} rating={rating} isReadOnly={isReadOnly} />
                </Suspense>
              )}
              <MemoRatingNotes key={rating.id} rating={rating} isReadOnly={isReadOnly} />
              <MemoRatingDataSources rating={rating} suggested={item.dataSources} isReadOnly={isReadOnly} />
              <Suspense fallback={null}>
                <RecommendationFollowUp reviewId={reviewId} itemId={item.id} isReadOnly={isReadOnly} />
              </Suspense>
              <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
                <RecommendationList reviewId={reviewId} itemId={item.id} recommendations={recommendations} isReadOnly={isReadOnly} />
              </Suspense>
            </>
          )}
        </div>
      </div>
    </article>
  );
});
