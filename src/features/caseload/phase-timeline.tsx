import { useTranslation } from '../../i18n/use-translation';
import type { PhaseChange } from '../../domain/records/caseload';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { usePhaseName } from './labels';

/** The client's dated path through the phases, oldest first, as an ordered list (a timeline). */
export function PhaseTimeline({ changes }: { changes: readonly PhaseChange[] }) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const phaseName = usePhaseName();
  if (changes.length === 0) return <p>{t('caseload:phase.noHistory')}</p>;
  return (
    <ol className="timeline" data-testid="phase-timeline">
      {changes.map((change) => {
        let text: string;
        if (change.kind === 'close')
          text = t('caseload:phase.event.close', {
            reason: change.closureReason ? t(`caseload:closureReasons.${change.closureReason}`) : '',
          });
        else if (change.kind === 'reopen')
          text =
            change.phase === null
              ? t('caseload:phase.event.reopen')
              : t('caseload:phase.event.reopenPhase', { phase: phaseName(change.phase) });
        else text = change.phase === null ? '' : t('caseload:phase.event.move', { phase: phaseName(change.phase) });
        return (
          <li key={change.id} className={`timeline-item timeline-${change.kind}`}>
            <time dateTime={change.date} className="timeline-date">
              {formatDate(change.date, locale)}
            </time>
            <span>{text}</span>
          </li>
        );
      })}
    </ol>
  );
}
