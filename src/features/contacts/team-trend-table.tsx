import { useTranslation } from '../../i18n/use-translation';
import type { TeamSeries } from './team-series';
import { ScrollTable } from '../../ui/scroll-table';

/** The chart's table alternative: a row per specialist, a column per week. */
export function TeamTrendTable({ series }: { series: TeamSeries }) {
  const { t } = useTranslation(['contacts']);
  return (
    <ScrollTable label={t('contacts:team.trendTitle')}>
      <table data-testid="team-trend-table" className="compact-table">
        <caption className="visually-hidden">{t('contacts:team.trendTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts:team.specialist')}</th>
            {series.weeks.map((week) => (
              <th key={week.key} scope="col">
                <abbr title={`${t('contacts:team.week')} ${week.week}`}>{week.week}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {row.counts.map((count, index) => (
                <td key={series.weeks[index]?.key ?? index}>{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
