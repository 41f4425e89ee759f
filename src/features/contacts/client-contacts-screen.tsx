import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useClientContacts } from '../../db/live/employers';
import { useService } from '../../db/live/services';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ContactTable } from './contact-table';
import { ContactsNav } from './contacts-nav';
import { byId, today } from './labels';

/** The employer contacts made on one client's behalf and the days from their start to the first one (services-4). */
export function ClientContactsScreen({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const data = useClientContacts(clientId, today());
  const service = useService(data?.client.serviceId ?? '');

  if (data === null)
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  if (data === undefined || !service) return <p role="status">{t('common:status.loading')}</p>;
  const { client, contacts, firstContact } = data;
  const employers = byId(data.employers);
  const staff = byId(data.staff);
  const clients = byId(data.clients);
  return (
    <div className="stack">
      <ContactsNav serviceId={client.serviceId} serviceName={service.name} current={null} />
      <Link href={`/clients/${client.id}`} className="back-link">
        {t('contacts:client.back')}
      </Link>
      <h1>{t('contacts:client.title', { code: client.code })}</h1>
      <section className="panel stack" data-testid="first-contact">
        <p>
          <strong>
            {client.startDate === null
              ? t('contacts:client.notStarted')
              : firstContact
                ? t('contacts:client.firstContact', { days: firstContact.days, date: formatDate(firstContact.date, locale) })
                : t('contacts:client.noFirstContact')}
          </strong>
        </p>
        <p className="small muted">{t('contacts:client.ruleHint')}</p>
      </section>
      <section className="panel stack">
        {contacts.length === 0 ? (
          <p>{t('contacts:client.none')}</p>
        ) : (
          <ContactTable
            contacts={contacts}
            visits={data.visits}
            employerName={(id) => employers.get(id)?.name ?? '—'}
            staffName={(id) => staff.get(id)?.name ?? '—'}
            clientCode={(id) => clients.get(id)?.code ?? '—'}
            caption={t('contacts:client.title', { code: client.code })}
            testId="client-contacts"
          />
        )}
      </section>
    </div>
  );
}
