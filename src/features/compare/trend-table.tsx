import { useTranslation } from '../../i18n/use-translation';
import type { TrendPoint } from '../../domain/comparison/chart-series';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { formatChange } from '../../i18n/format';
import { ScrollTable } from '../../ui/scroll-table';

/** The table alternative of the trend chart: every final review's total, band and change. */
export function TrendTable({ points }: { points: readonly TrendPoint[] }) {
  const { t } = useTranslation(['compare']);
  const locale = useLocale();
  return (
    <ScrollTable label={t('compare:trend.caption')}>
      <table data-testid="trend-table">
        <caption className="visually-hidden">{t('compare:trend.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare:trend.date')}</th>
            <th scope="col">{t('compare:trend.total')}</th>
            <th scope="col">{t('compare:trend.band')}</th>
            <th scope="col">{t('compare:sections.change')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.reviewId}>
              <th scope="row">{formatDateRange(p.firstDay, p.lastDay, locale)}</th>
              <td>{p.total}</td>
              <td>
                <BandBadge total={p.total} isComplete />
              </td>
              <td>{p.delta === null ? '–' : formatChange(p.delta, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
