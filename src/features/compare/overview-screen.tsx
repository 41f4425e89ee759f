import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { overviewRows, type OverviewRow } from '../../domain/comparison/overview';
import { toIsoDate } from '../../domain/dates';
import { useOverviewInput } from '../../db/live/comparison';
import { formatDate, formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { formatChange } from '../../i18n/format';
import { ScrollTable } from '../../ui/scroll-table';

function DueStatus({ row }: { row: OverviewRow }) {
  const { t } = useTranslation(['compare', 'common']);
  if (row.daysUntilDue === null) return <span className="muted">{t('compare:overview.noFinal')}</span>;
  if (row.isOverdue) {
    return (
      <strong className="due-overdue" data-testid="due-status">
        <span aria-hidden="true">⚠ </span>
        {t('compare:overview.overdue', { count: -row.daysUntilDue })}
      </strong>
    );
  }
  return (
    <span data-testid="due-status">
      {row.daysUntilDue === 0 ? t('compare:overview.dueToday') : t('compare:overview.dueIn', { count: row.daysUntilDue })}
    </span>
  );
}

function Row({ row }: { row: OverviewRow }) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  const { latest } = row;
  return (
    <tr data-testid="overview-row" className={row.isOverdue ? 'is-overdue' : undefined}>
      <th scope="row">
        <Link href={`/services/${row.serviceId}`}>{row.name}</Link>
        {row.hasReviewInProgress && (
          <>
            <br />
            <span className="status-badge">{t('compare:overview.inProgress')}</span>
          </>
        )}
      </th>
      <td>{latest ? formatDateRange(latest.firstDay, latest.lastDay, locale) : '–'}</td>
      <td>
        {latest ? (
          <span className="row">
            <strong>{latest.total}</strong> <BandBadge total={latest.total} isComplete />
          </span>
        ) : (
          '–'
        )}
      </td>
      <td>
        {row.delta === null ? (
          '–'
        ) : (
          <>
            {formatChange(row.delta, locale)}
            <br />
            <Link href={`/services/${row.serviceId}/compare`} className="small">
              {t('compare:overview.compareLink')}
              <span className="visually-hidden"> – {row.name}</span>
            </Link>
          </>
        )}
      </td>
      <td data-testid="next-due">{row.nextDue ? formatDate(row.nextDue, locale) : '–'}</td>
      <td>
        <DueStatus row={row} />
      </td>
    </tr>
  );
}

/** All services: latest final total and band, change since the previous round, next review due. */
export function OverviewScreen() {
  const { t } = useTranslation(['compare', 'common']);
  const input = useOverviewInput();
  if (input === undefined) return <p role="status">{t('common:status.loading')}</p>;
  // The overview is about today on this device; the domain gets the date passed in.
  const rows = overviewRows(input, toIsoDate(new Date()));
  return (
    <div className="stack">
      <h1>{t('compare:overview.title')}</h1>
      <p>{t('compare:overview.intro')}</p>
      {rows.length === 0 ? (
        <section className="panel">
          <p>{t('compare:overview.empty')}</p>
          <Link href="/">{t('common:nav.services')}</Link>
        </section>
      ) : (
        <section className="panel">
          <ScrollTable label={t('compare:overview.caption')}>
            <table data-testid="overview-table">
              <caption className="visually-hidden">{t('compare:overview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare:overview.service')}</th>
                  <th scope="col">{t('compare:overview.latest')}</th>
                  <th scope="col">{t('compare:overview.total')}</th>
                  <th scope="col">{t('compare:overview.change')}</th>
                  <th scope="col">{t('compare:overview.nextDue')}</th>
                  <th scope="col">{t('compare:overview.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Row key={row.serviceId} row={row} />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
    </div>
  );
}
