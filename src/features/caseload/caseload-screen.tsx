import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { caseloadRatio, isEmployedOn } from '../../domain/caseload/capacity';
import { PHASES } from '../../domain/caseload/phases';
import { isRowActiveOn, phaseCounts, specialistCaseloads, waitingClients } from '../../domain/caseload/summary';
import { useServiceCaseload } from '../../db/live/caseload';
import { useService } from '../../db/live/services';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { CaseloadNav } from './caseload-nav';
import { today, usePhaseName, useStaffName } from './labels';
import { SpecialistCards } from './specialist-cards';
import { ScrollTable } from '../../ui/scroll-table';

/** The service's caseloads today (issue 3, "Caseload views"): specialists, ratio, phases, waiting clients. */
export function CaseloadScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const service = useService(serviceId);
  const data = useServiceCaseload(serviceId);
  const phaseName = usePhaseName();
  const nameOf = useStaffName(data?.staff ?? []);

  if (service === undefined || data === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) return <p role="alert">{t('common:status.notFound')}</p>;

  const day = today();
  const loads = specialistCaseloads(data.staff, data.rows, day);
  const current = data.staff.filter((member) => isEmployedOn(member, day));
  const ratioInput = data.rows.map((row) => ({
    specialistId: row.specialistId,
    startDate: row.startDate,
    closedDate: row.state.closedDate,
  }));
  const ratio = caseloadRatio(current, ratioInput, day);
  const activeCount = data.rows.filter((row) => isRowActiveOn(row, day)).length;
  const outsideRatio = activeCount - (ratio?.basis ?? 0);
  const counts = phaseCounts(data.rows, day);
  const waiting = waitingClients(data.rows, day);

  return (
    <div className="stack">
      <CaseloadNav serviceId={serviceId} serviceName={service.name} current="overview" />
      <div className="row-between">
        <h1>{t('caseload:overview.title')}</h1>
        <span className="muted">{t('caseload:overview.today', { date: formatDate(day, locale) })}</span>
      </div>

      <section className="panel stack" aria-labelledby="specialists-title">
        <h2 id="specialists-title">{t('caseload:overview.specialistsTitle')}</h2>
        {loads.length === 0 ? <p>{t('caseload:overview.noSpecialists')}</p> : <SpecialistCards loads={loads} nameOf={nameOf} />}
      </section>

      <div className="caseload-columns">
        <section className="panel stack" aria-labelledby="ratio-title">
          <h2 id="ratio-title">{t('caseload:overview.ratioTitle')}</h2>
          {ratio ? (
            <>
              <p className="caseload-ratio" data-testid="caseload-ratio">
                {t('caseload:overview.ratio', { ratio: formatNumber(ratio.value, locale) })}
              </p>
              <p className="muted small">
                {t('caseload:overview.ratioBasis', { clients: ratio.basis, fte: formatNumber(ratio.totalFte, locale, 2) })}
              </p>
            </>
          ) : (
            <p>{t('caseload:overview.ratioNone')}</p>
          )}
          {outsideRatio > 0 && <p className="notice notice-warning">{t('caseload:overview.unassigned', { count: outsideRatio })}</p>}
        </section>

        <section className="panel stack" aria-labelledby="phases-title">
          <h2 id="phases-title">{t('caseload:overview.phasesTitle')}</h2>
          <table data-testid="phase-counts">
            <thead>
              <tr>
                <th scope="col">{t('caseload:overview.phase')}</th>
                <th scope="col" className="numeric">
                  {t('caseload:overview.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {PHASES.map((phase) => (
                <tr key={phase}>
                  <th scope="row">{phaseName(phase)}</th>
                  <td className="numeric">{counts[phase]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('caseload:overview.total')}</th>
                <td className="numeric">{PHASES.reduce((sum, phase) => sum + counts[phase], 0)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      </div>

      <section className="panel stack" aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t('caseload:overview.waitingTitle')}</h2>
        {waiting.length === 0 ? (
          <p>{t('caseload:overview.noWaiting')}</p>
        ) : (
          <ScrollTable label={t('caseload:overview.waitingTitle')}>
            <table data-testid="waiting-clients">
              <thead>
                <tr>
                  <th scope="col">{t('caseload:overview.code')}</th>
                  <th scope="col">{t('caseload:overview.referralDate')}</th>
                  <th scope="col" className="numeric">
                    {t('caseload:overview.waited')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {waiting.map(({ row, days }) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link href={`/clients/${row.id}`}>{row.code}</Link>
                    </th>
                    <td>{formatDate(row.referralDate, locale)}</td>
                    <td className="numeric">{t('caseload:overview.days', { count: days })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
