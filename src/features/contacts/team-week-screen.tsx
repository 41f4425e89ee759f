import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useTeamWeeks } from '../../db/live/employers';
import { useService } from '../../db/live/services';
import { addDays } from '../../domain/dates';
import { WEEKLY_TARGET } from '../../domain/employers/contact-rules';
import { formatDateRange, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ContactsNav } from './contacts-nav';
import { today } from './labels';
import { teamSeries } from './team-series';
import { TeamTrendTable } from './team-trend-table';
import { ScrollTable } from '../../ui/scroll-table';

// recharts is fetched only when the chart is shown.
const TeamChart = lazy(() => import('./team-chart').then((m) => ({ default: m.TeamChart })));

/** The team leader's week: each specialist's face-to-face count, who is under 6, the 12-week trend and services-6. */
export function TeamWeekScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const service = useService(serviceId);
  const [date, setDate] = useState(today);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const team = useTeamWeeks(serviceId, date);
  const series = useMemo(() => (team ? teamSeries(team) : undefined), [team]);

  if (service === null)
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  if (!service || !series) return <p role="status">{t('common:status.loading')}</p>;

  const current = series.weeks.at(-1);
  const first = series.weeks[0];
  const under = series.rows.filter((row) => row.isUnderTarget).length;
  return (
    <div className="stack">
      <ContactsNav serviceId={serviceId} serviceName={service.name} current="team" />
      <h1>{t('contacts:team.title')}</h1>
      <p>{t('contacts:team.intro', { target: WEEKLY_TARGET })}</p>
      {current && (
        <div className="row-between">
          <h2>{t('contacts:myWeek.weekOf', { week: current.week, range: formatDateRange(current.start, current.end, locale) })}</h2>
          <div className="row">
            <button type="button" className="button button-secondary" onClick={() => setDate(addDays(current.start, -7))}>
              {t('contacts:myWeek.previous')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDate(today())}>
              {t('contacts:myWeek.thisWeek')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setDate(addDays(current.start, 7))}
              disabled={current.end >= today()}
            >
              {t('contacts:myWeek.next')}
            </button>
          </div>
        </div>
      )}
      {series.rows.length === 0 ? (
        <p className="notice">{t('contacts:team.noSpecialists')}</p>
      ) : (
        <>
          <section className="panel stack">
            {series.rate && first && current && (
              <div data-testid="service-rate">
                <p>
                  <strong>{t('contacts:team.serviceRate', { rate: formatNumber(series.rate.value, locale, 1) })}</strong>
                </p>
                <p className="small muted">
                  {t('contacts:team.serviceRateBasis', {
                    range: formatDateRange(first.start, current.end, locale),
                    count: series.rate.basis,
                  })}
                </p>
              </div>
            )}
            <p className={under > 0 ? 'notice notice-warning' : 'notice'}>
              {under > 0 ? t('contacts:team.underCount', { count: under }) : t('contacts:myWeek.targetMet')}
            </p>
            <ScrollTable label={t('contacts:team.title')}>
              <table data-testid="team-week-table">
                <caption className="visually-hidden">{t('contacts:team.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts:team.specialist')}</th>
                    <th scope="col">{t('contacts:team.thisWeek', { week: current?.week ?? '' })}</th>
                    <th scope="col">{t('contacts:team.rate')}</th>
                    <th scope="col">{t('contacts:team.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      <td>
                        {row.counts.at(-1) ?? 0} / {WEEKLY_TARGET}
                      </td>
                      <td>{formatNumber(series.rate?.perSpecialist.get(row.id) ?? 0, locale, 1)}</td>
                      <td className={row.isUnderTarget ? 'under-target' : undefined}>
                        {row.isUnderTarget ? `⚠ ${t('contacts:team.under')}` : `✓ ${t('contacts:team.met')}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
          <section className="panel stack" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('contacts:team.trendTitle')}</h2>
            <div className="row view-switch" role="group" aria-label={t('contacts:team.viewAs')}>
              {(['chart', 'table'] as const).map((v) => (
                <button key={v} type="button" className="button button-secondary" aria-pressed={view === v} onClick={() => setView(v)}>
                  {t(`contacts:team.${v}`)}
                </button>
              ))}
            </div>
            {view === 'chart' ? (
              <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
                <div data-testid="team-chart">
                  <TeamChart series={series} />
                </div>
              </Suspense>
            ) : (
              <TeamTrendTable series={series} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
