import { useTranslation } from '../../i18n/use-translation';
import { PHASES } from '../../domain/caseload/phases';
import type { SpecialistCaseload } from '../../domain/caseload/summary';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { usePhaseName } from './labels';

/**
 * Every specialist side by side: "18 / 20" with the limit status in words (not colour alone),
 * a clear warning when over the limit, a softer one at the limit, and the clients by phase.
 */
export function SpecialistCards({ loads, nameOf }: { loads: readonly SpecialistCaseload[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const phaseName = usePhaseName();
  return (
    <ul className="specialist-cards">
      {loads.map((load) => {
        const name = nameOf(load.staffId);
        const capacity = formatNumber(load.capacity, locale);
        const fill = load.capacity > 0 ? Math.min(100, (load.active / load.capacity) * 100) : 100;
        return (
          <li key={load.staffId} className={`specialist-card limit-${load.status}`} data-testid="specialist-card">
            <h3>{name}</h3>
            <p className="muted small">{t('caseload:overview.fte', { fte: formatNumber(load.fte, locale, 2) })}</p>
            <p className="caseload-load">
              <span className="visually-hidden">{t('caseload:overview.loadLabel')}: </span>
              <strong data-testid="caseload-load">{t('caseload:overview.load', { active: load.active, capacity })}</strong>{' '}
              <span className={`limit-badge limit-badge-${load.status}`}>{t(`caseload:limit.${load.status}`)}</span>
            </p>
            <div className="caseload-bar" aria-hidden="true">
              <div className="caseload-bar-fill" style={{ width: `${fill}%` }} />
            </div>
            {load.status === 'over' && (
              <p className="caseload-warning" role="note" data-testid="over-limit-warning">
                {t('caseload:limit.overWarning', { name, active: load.active, capacity })}
              </p>
            )}
            {load.status === 'at' && (
              <p className="caseload-notice" role="note">
                {t('caseload:limit.atWarning', { name, active: load.active, capacity })}
              </p>
            )}
            <table className="compact-table">
              <caption className="visually-hidden">
                {t('caseload:overview.phasesTitle')}: {name}
              </caption>
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
                    <td className="numeric">{load.byPhase[phase]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ul>
  );
}
