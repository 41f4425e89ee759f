import { useTranslation } from 'react-i18next';
import { BAND_THRESHOLDS, fidelityBand, meanPerItem, sectionSubtotals, totalScore, type RatingsByItem } from '../../domain/fidelity/scoring';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { BandMeter } from '../../ui/band-meter';

function ThresholdText({ total }: { total: number }) {
  const { t } = useTranslation();
  const distance = total - BAND_THRESHOLDS.fair;
  if (distance === 0) return <>{t('reviews.summary.atThreshold')}</>;
  return <>{t(distance > 0 ? 'reviews.summary.aboveThreshold' : 'reviews.summary.belowThreshold', { points: Math.abs(distance) })}</>;
}

/** The sticky summary: rated n/25, running total, mean per item, band (provisional until complete). */
export function ScoreSummary({ ratings }: { ratings: RatingsByItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { total, rated, isComplete } = totalScore(ratings);
  const mean = meanPerItem(ratings);
  const band = fidelityBand(total);
  return (
    <section className="score-summary" aria-label={t('reviews.summary.label')} data-testid="score-summary">
      <div className="summary-figures" role="status" aria-live="polite" aria-atomic="true">
        <span>
          <span className="summary-label">{t('reviews.summary.rated')}</span>
          <strong data-testid="rated-count">{rated}/25</strong>
        </span>
        <span>
          <span className="summary-label">{t('reviews.summary.total')}</span>
          <strong data-testid="total-score">{total}</strong>
        </span>
        <span>
          <span className="summary-label">{t('reviews.summary.mean')}</span>
          <strong>{mean === null ? '–' : `${formatNumber(mean, locale, 2)} ${t('reviews.summary.perItem')}`}</strong>
        </span>
        <span>
          <span className="summary-label">{t('reviews.summary.band')}</span>
          {rated === 0 ? <span className="muted">{t('reviews.summary.notRated')}</span> : <span data-testid="band" data-band={band}><BandBadge total={total} isComplete={isComplete} /></span>}
        </span>
      </div>
      <BandMeter total={total} />
      <p className="small summary-lines">
        {rated > 0 && (
          <>
            <ThresholdText total={total} />
            {' · '}
          </>
        )}
        {sectionSubtotals(ratings).map((s, index) => (
          <span key={s.section}>
            {index > 0 && ' · '}
            {t('reviews.summary.sectionSubtotal', { section: t(`common.sections.${s.section}`), total: s.total, max: s.itemCount * 5 })}
            {s.mean !== null && ` (${formatNumber(s.mean, locale, 2)})`}
          </span>
        ))}
      </p>
      {!isComplete && rated > 0 && <p className="small muted summary-lines">{t('reviews.summary.provisionalHint')}</p>}
    </section>
  );
}
