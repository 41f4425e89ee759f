import { useTranslation } from '../../i18n/use-translation';
import { daysInState } from '../../domain/caseload/phases';
import type { ClientDetail } from '../../db/caseload-queries';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { today, usePhaseName } from './labels';
import { PhaseChangeForm } from './phase-forms';
import { PhaseTimeline } from './phase-timeline';

/** Where the client is now, what can be recorded next, and the dated history. */
export function PhasePanel({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const phaseName = usePhaseName();
  const { state } = detail;
  const days = daysInState(state, today());
  const key = detail.changes.length; // fresh forms (today's date, empty reason) after each change
  return (
    <section className="panel stack" aria-labelledby="phase-title">
      <h2 id="phase-title">{t('caseload:phase.title')}</h2>
      <p data-testid="client-phase">
        <strong>{state.phase !== null ? phaseName(state.phase) : t(`caseload:status.${state.status}`)}</strong>
        {state.since && days !== null && (
          <span className="muted">
            {' '}
            — {t('caseload:phase.since', { date: formatDate(state.since, locale), days: t('caseload:overview.days', { count: days }) })}
          </span>
        )}
      </p>
      {state.status === 'closed' && state.closureReason && (
        <p className="notice">
          {t('caseload:client.closedOn', {
            date: formatDate(state.closedDate ?? '', locale),
            reason: t(`caseload:closureReasons.${state.closureReason}`),
          })}
        </p>
      )}
      <div className="phase-actions">
        {state.status === 'waiting' && <PhaseChangeForm key={`start-${key}`} detail={detail} kind="start" />}
        {state.status === 'active' && <PhaseChangeForm key={`move-${key}`} detail={detail} kind="move" />}
        {state.status !== 'closed' && <PhaseChangeForm key={`close-${key}`} detail={detail} kind="close" />}
        {state.status === 'closed' && <PhaseChangeForm key={`reopen-${key}`} detail={detail} kind="reopen" />}
      </div>
      <h3>{t('caseload:phase.timeline')}</h3>
      <PhaseTimeline changes={detail.changes} />
    </section>
  );
}
