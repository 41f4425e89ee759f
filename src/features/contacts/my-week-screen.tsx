import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useStaff } from '../../db/live/caseload';
import { useClientCodes, useEmployers, useMyWeek } from '../../db/live/employers';
import { useService } from '../../db/live/services';
import { addDays } from '../../domain/dates';
import { isCounted, WEEKLY_TARGET } from '../../domain/employers/contact-rules';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ContactForm } from './contact-form';
import { ContactTable } from './contact-table';
import { ContactsNav } from './contacts-nav';
import { FollowUpList } from './follow-up-list';
import { byId, today } from './labels';
import { SelectField } from '../../ui/select-field';
import { useSpecialistStore } from './specialist-store';

/** A specialist's week: log a contact in a few taps, this week's face-to-face count against 6, follow-ups. */
export function MyWeekScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const service = useService(serviceId);
  const staff = useStaff(serviceId);
  const directory = useEmployers(serviceId);
  const codes = useClientCodes(serviceId);
  const chosen = useSpecialistStore((s) => s.byService[serviceId] ?? null);
  const choose = useSpecialistStore((s) => s.choose);
  const [date, setDate] = useState(today);
  const specialists = useMemo(() => (staff ?? []).filter((s) => s.endDate === null || s.endDate >= today()), [staff]);
  const staffId = chosen !== null && specialists.some((s) => s.id === chosen) ? chosen : null;
  const week = useMyWeek(staffId, date);
  const codeById = useMemo(
    () => new Map([...(codes ?? new Map<string, string>())].map(([code, id]) => [id, code.toLocaleUpperCase('fi')])),
    [codes],
  );

  if (service === null)
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  if (!service || staff === undefined || directory === undefined || codes === undefined || week === undefined)
    return <p role="status">{t('common:status.loading')}</p>;

  const employers = byId(directory.employers);
  const employerName = (id: string) => employers.get(id)?.name ?? '—';
  const clientCode = (id: string) => codeById.get(id) ?? '—';
  const counted = week ? week.contacts.filter(isCounted).length : 0;
  const formProps = {
    serviceId,
    staff: specialists,
    employers: directory.employers,
    people: directory.people,
    recentEmployerIds: week?.recentEmployerIds ?? [],
    clientsByCode: codes,
    clientCodeById: codeById,
    defaultStaffId: staffId ?? '',
  };
  return (
    <div className="stack">
      <ContactsNav serviceId={serviceId} serviceName={service.name} current="my-week" />
      <h1>{t('contacts:myWeek.title')}</h1>
      <section className="panel stack">
        <SelectField
          label={t('contacts:myWeek.who')}
          value={staffId ?? ''}
          onChange={(id) => choose(serviceId, id)}
          aria-describedby="who-hint"
        >
          <option value="">{t('contacts:form.chooseSpecialist')}</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <span id="who-hint" className="field-hint">
          {t('contacts:myWeek.whoHint')}
        </span>
        {specialists.length === 0 && (
          <p className="notice notice-warning">
            <Link href={`/services/${serviceId}/staff`}>{t('contacts:form.noStaff')}</Link>
          </p>
        )}
      </section>
      {week === null ? (
        <p className="notice">{t('contacts:myWeek.chooseFirst')}</p>
      ) : (
        <>
          <section className="panel stack" aria-labelledby="log-title">
            <h2 id="log-title">{t('contacts:form.title')}</h2>
            {directory.employers.length === 0 && (
              <p className="notice">
                <Link href={`/services/${serviceId}/employers`}>{t('contacts:form.noEmployersInline')}</Link>
              </p>
            )}
            {/* The form can add an employer without leaving it (issue 15), so it shows with an empty directory too. */}
            <ContactForm key={staffId} {...formProps} />
          </section>
          <section className="panel stack" aria-labelledby="week-title">
            <div className="row-between">
              <h2 id="week-title">
                {t('contacts:myWeek.weekOf', { week: week.week.week, range: formatDateRange(week.week.start, week.week.end, locale) })}
              </h2>
              <div className="row">
                <button type="button" className="button button-secondary" onClick={() => setDate(addDays(week.week.start, -7))}>
                  {t('contacts:myWeek.previous')}
                </button>
                <button type="button" className="button button-secondary" onClick={() => setDate(today())}>
                  {t('contacts:myWeek.thisWeek')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setDate(addDays(week.week.start, 7))}
                  disabled={week.week.end >= today()}
                >
                  {t('contacts:myWeek.next')}
                </button>
              </div>
            </div>
            <p className="week-progress" data-testid="my-week-count">
              <meter min={0} max={WEEKLY_TARGET} value={Math.min(counted, WEEKLY_TARGET)} aria-hidden="true" />{' '}
              <strong>{t('contacts:myWeek.progress', { count: counted, target: WEEKLY_TARGET })}</strong>{' '}
              {counted >= WEEKLY_TARGET
                ? t('contacts:myWeek.targetMet')
                : t('contacts:myWeek.underTarget', { count: WEEKLY_TARGET - counted })}
            </p>
            <h3>{t('contacts:myWeek.contactsTitle')}</h3>
            {week.contacts.length === 0 ? (
              <p>{t('contacts:myWeek.noContacts')}</p>
            ) : (
              <ContactTable
                contacts={week.contacts}
                visits={week.visits}
                employerName={employerName}
                clientCode={clientCode}
                caption={t('contacts:myWeek.contactsTitle')}
                testId="my-week-contacts"
                renderEdit={(contact, done) => (
                  <section className="panel stack" aria-labelledby="edit-title">
                    <h3 id="edit-title">{t('contacts:form.editTitle')}</h3>
                    <ContactForm key={contact.id} {...formProps} initial={contact} onDone={done} />
                  </section>
                )}
              />
            )}
          </section>
          <FollowUpList followUps={week.followUps} today={today()} weekEnd={week.week.end} employerName={employerName} />
        </>
      )}
    </div>
  );
}
