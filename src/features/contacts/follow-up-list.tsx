import { useTranslation } from '../../i18n/use-translation';
import type { IsoDate } from '../../domain/dates';
import { followUpState } from '../../domain/employers/contact-rules';
import type { EmployerContact } from '../../domain/records/employers';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  followUps: readonly EmployerContact[];
  today: IsoDate;
  weekEnd: IsoDate;
  employerName: (id: string) => string;
}

/** Open follow-ups, oldest first; "overdue" is a word as well as a colour. */
export function FollowUpList({ followUps, today, weekEnd, employerName }: Props) {
  const { t } = useTranslation(['contacts']);
  const locale = useLocale();
  return (
    <section className="panel stack" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('contacts:myWeek.followUpsTitle')}</h2>
      <p className="small muted">{t('contacts:myWeek.followUpHint')}</p>
      {followUps.length === 0 ? (
        <p>{t('contacts:myWeek.noFollowUps')}</p>
      ) : (
        <ul className="list" data-testid="follow-ups">
          {followUps.map((c) => {
            const state = followUpState(c.followUpDate ?? today, today, weekEnd);
            return (
              <li key={c.id} className="follow-up-item">
                <span className={`status-badge follow-up-${state}`}>
                  {state === 'overdue' ? t('contacts:myWeek.overdue') : t('contacts:myWeek.due')}
                </span>{' '}
                <strong>{formatDate(c.followUpDate ?? today, locale)}</strong> — {employerName(c.employerId)}
                {c.nextStep && <>: {c.nextStep}</>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
