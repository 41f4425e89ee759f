import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useEmployerHistory, useEmployers } from '../../db/live/employers';
import { useService } from '../../db/live/services';
import { isCounted } from '../../domain/employers/contact-rules';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ContactPeople } from './contact-people';
import { ContactTable } from './contact-table';
import { ContactsNav } from './contacts-nav';
import { EmployerDetailsForm } from './employer-details-form';
import { byId } from './labels';
import { ScrollTable } from '../../ui/scroll-table';

/** One employer: details, contact people, the relationship history and the clients placed there. */
export function EmployerScreen({ employerId }: { employerId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const history = useEmployerHistory(employerId);
  const service = useService(history?.employer.serviceId ?? '');
  const directory = useEmployers(history?.employer.serviceId ?? '');
  const [isEditing, setEditing] = useState(false);

  if (history === null)
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  if (history === undefined || !service) return <p role="status">{t('common:status.loading')}</p>;
  const { employer, contacts, visits, jobs } = history;
  const staff = byId(history.staff);
  const clients = byId(history.clients);
  const clientCode = (id: string) => clients.get(id)?.code ?? '—';
  return (
    <div className="stack">
      <ContactsNav serviceId={employer.serviceId} serviceName={service.name} current={null} />
      <Link href={`/services/${employer.serviceId}/employers`} className="back-link">
        {t('contacts:employer.back')}
      </Link>
      <h1>{employer.name}</h1>
      <div className="employer-layout">
        <section className="panel stack" aria-labelledby="employer-details-title">
          <h2 id="employer-details-title">{t('contacts:employer.details')}</h2>
          {isEditing && directory ? (
            <EmployerDetailsForm employer={employer} employers={directory.employers} onDone={() => setEditing(false)} />
          ) : (
            <>
              <dl className="details">
                {employer.sector && (
                  <>
                    <dt>{t('contacts:employers.sector')}</dt>
                    <dd>{employer.sector}</dd>
                  </>
                )}
                {employer.area && (
                  <>
                    <dt>{t('contacts:employers.area')}</dt>
                    <dd>{employer.area}</dd>
                  </>
                )}
                {employer.notes && (
                  <>
                    <dt>{t('contacts:employers.notes')}</dt>
                    <dd className="pre-wrap">{employer.notes}</dd>
                  </>
                )}
              </dl>
              <div>
                <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                  {t('contacts:employer.edit')}
                </button>
              </div>
            </>
          )}
          <ContactPeople employerId={employer.id} people={history.people} />
        </section>
        <section className="panel stack" aria-labelledby="placed-title">
          <h2 id="placed-title">{t('contacts:employer.placed')}</h2>
          {jobs.length === 0 ? (
            <p>{t('contacts:employer.noPlaced')}</p>
          ) : (
            <ScrollTable label={t('contacts:employer.placed')}>
              <table data-testid="placed-table">
                <caption className="visually-hidden">{t('contacts:employer.placed')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts:employer.client')}</th>
                    <th scope="col">{t('contacts:employer.jobTitle')}</th>
                    <th scope="col">{t('contacts:employer.start')}</th>
                    <th scope="col">{t('contacts:employer.end')}</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.map((job) => (
                    <tr key={job.id}>
                      <th scope="row">
                        <Link href={`/clients/${job.clientId}`}>{clientCode(job.clientId)}</Link>
                      </th>
                      <td>{job.title}</td>
                      <td>{formatDate(job.startDate, locale)}</td>
                      <td>{job.endDate ? formatDate(job.endDate, locale) : t('contacts:employer.ongoing')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      </div>
      <section className="panel stack" aria-labelledby="history-title">
        <h2 id="history-title">{t('contacts:employer.history')}</h2>
        {contacts.length === 0 ? (
          <p>{t('contacts:employer.noHistory')}</p>
        ) : (
          <>
            <p>{t('contacts:employer.summary', { count: contacts.length, faceToFace: contacts.filter(isCounted).length })}</p>
            <ContactTable
              contacts={contacts}
              visits={visits}
              staffName={(id) => staff.get(id)?.name ?? '—'}
              clientCode={clientCode}
              caption={t('contacts:employer.history')}
              testId="employer-history"
            />
          </>
        )}
      </section>
    </div>
  );
}
