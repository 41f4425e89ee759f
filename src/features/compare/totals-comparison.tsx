import { useTranslation } from '../../i18n/use-translation';
import type { SectionComparison, TotalsComparison } from '../../domain/comparison/item-changes';
import type { Review } from '../../domain/records/review';
import { formatDateRange, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { BandMeter } from '../../ui/band-meter';
import { formatChange } from '../../i18n/format';
import { ScrollTable } from '../../ui/scroll-table';

interface Props {
  baseline: Review;
  compared: Review;
  totals: TotalsComparison;
  sections: readonly SectionComparison[];
}

function RoundTotal({ review, total, isComplete, label }: { review: Review; total: number; isComplete: boolean; label: string }) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  return (
    <div className="compare-round">
      <span className="summary-label">{label}</span>
      <span className="muted small">
        {formatDateRange(review.firstDay, review.lastDay, locale)} · {t(`common:reviewStatus.${review.status}`)}
      </span>
      <span className="row">
        <strong className="compare-total">{t('compare:totals.points', { total })}</strong>
        <BandBadge total={total} isComplete={isComplete} />
      </span>
      <BandMeter total={total} />
    </div>
  );
}

/** "83 → 91, +8", the band of each round with the 74 / 100 / 115 lines, and section subtotals. */
export function TotalsComparisonPanel({ baseline, compared, totals, sections }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  const mean = (value: number | null) => (value === null ? '–' : formatNumber(value, locale, 2));
  return (
    <section className="panel stack" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('compare:totals.title')}</h2>
      <p className="compare-headline" data-testid="total-change">
        {t('compare:totals.change', { before: totals.before.total, after: totals.after.total, delta: formatChange(totals.delta, locale) })}
      </p>
      <div className="compare-rounds">
        <RoundTotal
          review={baseline}
          total={totals.before.total}
          isComplete={totals.before.isComplete}
          label={t('compare:picker.baseline')}
        />
        <RoundTotal
          review={compared}
          total={totals.after.total}
          isComplete={totals.after.isComplete}
          label={t('compare:picker.compared')}
        />
      </div>
      <p className="small muted">
        {t('common:bands.scaleLines')}. {t('common:bands.thresholdExplained')}
      </p>
      <ScrollTable label={t('compare:sections.caption')}>
        <table>
          <caption className="visually-hidden">{t('compare:sections.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare:sections.section')}</th>
              <th scope="col">{t('compare:sections.baseline')}</th>
              <th scope="col">{t('compare:sections.compared')}</th>
              <th scope="col">{t('compare:sections.change')}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.section}>
                <th scope="row">{t(`common:sections.${s.section}`)}</th>
                <td>{t('compare:sections.value', { total: s.before.total, max: s.itemCount * 5, mean: mean(s.before.mean) })}</td>
                <td>{t('compare:sections.value', { total: s.after.total, max: s.itemCount * 5, mean: mean(s.after.mean) })}</td>
                <td>
                  {formatChange(s.delta, locale)}
                  {s.meanDelta !== null && ` (${formatChange(s.meanDelta, locale, 2)})`}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('compare:sections.total')}</th>
              <td>{t('compare:sections.value', { total: totals.before.total, max: 125, mean: mean(totals.before.mean) })}</td>
              <td>{t('compare:sections.value', { total: totals.after.total, max: 125, mean: mean(totals.after.mean) })}</td>
              <td>{formatChange(totals.delta, locale)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
