import { useTranslation } from '../../i18n/use-translation';
import type { QuarterOutcome } from '../../domain/evidence/quarters';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

/** Below this many clients served, a quarter's rate is marked as indicative only. */
export const THIN_QUARTER = 5;

/** The quarterly figures as a table: the chart's accessible alternative and the exact numbers. */
export function OutcomesTable({ rows }: { rows: readonly QuarterOutcome[] }) {
  const { t } = useTranslation(['outcomes']);
  const locale = useLocale();
  return (
    <div className="table-scroll">
      <table data-testid="outcomes-table">
        <caption>{t('outcomes:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes:table.quarter')}</th>
            <th scope="col" className="numeric">
              {t('outcomes:table.served')}
            </th>
            <th scope="col" className="numeric">
              {t('outcomes:table.working')}
            </th>
            <th scope="col" className="numeric">
              {t('outcomes:table.rate')}
            </th>
            <th scope="col" className="numeric">
              {t('outcomes:table.starts')}
            </th>
            <th scope="col" className="numeric">
              {t('outcomes:table.firstStarts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.quarter.from}>
              <th scope="row">{t('outcomes:table.quarterLabel', { quarter: row.quarter.quarter, year: row.quarter.year })}</th>
              <td className="numeric">{row.served}</td>
              <td className="numeric">{row.working}</td>
              <td className="numeric">
                {row.rate === null ? t('outcomes:table.none') : `${formatNumber(row.rate * 100, locale, 0)} %`}
                {row.served > 0 && row.served < THIN_QUARTER && <span aria-hidden="true"> *</span>}
              </td>
              <td className="numeric">{row.all}</td>
              <td className="numeric">{row.first}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
