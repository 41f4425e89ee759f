import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { BAND_THRESHOLDS, ITEM_COUNT, meanPerItem, totalScore } from '../../domain/fidelity/scoring';
import type { Rating } from '../../domain/records/review';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { usePendingRatingsByItem } from './pending-scores';

function ThresholdText({ total }: { total: number }) {
  const { t } = useTranslation(['reviews']);
  const distance = total - BAND_THRESHOLDS.fair;
  if (distance === 0) return <>{t('reviews:summary.atThreshold')}</>;
  return <>{t(distance > 0 ? 'reviews:summary.aboveThreshold' : 'reviews:summary.belowThreshold', { points: Math.abs(distance) })}</>;
}

/**
 * The compact sticky strip: rated n/25, the total so far and the mean per item while scoring
 * (with what the total would be at this mean); the band and the 74 line once all 25 are rated.
 */
export function ScoreSummary({ ratings: stored }: { ratings: readonly Rating[] }) {
  const { t } = useTranslation(['reviews']);
  // The words around the figures change only with the language, not on a tap: looked up once.
  const labels = useMemo(
    () => ({
      label: t('reviews:summary.label'),
      rated: t('reviews:summary.rated'),
      total: t('reviews:summary.total'),
      mean: t('reviews:summary.mean'),
      perItem: t('reviews:summary.perItem'),
    }),
    [t],
  );
  // A tapped score counts at once, before the database has it (issue 15).
  const ratings = usePendingRatingsByItem(stored);
  const locale = useLocale();
  const { total, rated, isComplete } = totalScore(ratings);
  const mean = meanPerItem(ratings);
  return (
    <section className="score-summary" aria-label={labels.label} data-testid="score-summary">
      <p className="summary-figures" role="status" aria-live="polite" aria-atomic="true">
        <span>
          {labels.rated} <strong data-testid="rated-count">{rated}/25</strong>
        </span>
        <span>
          {labels.total} <strong data-testid="total-score">{total}</strong>
        </span>
        <span>
          {labels.mean} <strong>{mean === null ? '–' : formatNumber(mean, locale, 2)}</strong> {mean !== null && labels.perItem}
        </span>
        {/* The band and the 74 line are a result: shown once all 25 are rated. Before that a
            neutral projection, never a verdict on a handful of items. */}
        {isComplete ? (
          <span>
            <span data-testid="band">
              <BandBadge total={total} isComplete />
            </span>{' '}
            <ThresholdText total={total} />
          </span>
        ) : (
          mean !== null && (
            <span className="summary-projection" data-testid="projection">
              {t('reviews:summary.projection', { total: Math.round(mean * ITEM_COUNT) })}
            </span>
          )
        )}
      </p>
    </section>
  );
}
