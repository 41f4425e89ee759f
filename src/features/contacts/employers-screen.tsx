import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { useEmployers } from '../../db/live/employers';
import { useService } from '../../db/live/services';
import { mergeEmployers } from '../../db/repos/employers';
import { duplicateGroups } from '../../domain/employers/employer-names';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { ContactsNav } from './contacts-nav';
import { EmployerForm } from './employer-form';
import { EmployersFromJobs } from './employers-from-jobs';
import { ScrollTable } from '../../ui/scroll-table';

/** The service's employer directory, with duplicates offered for merging. */
export function EmployersScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const service = useService(serviceId);
  const directory = useEmployers(serviceId);
  const save = useTrackedSave();

  if (service === null)
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  if (!service || !directory) return <p role="status">{t('common:status.loading')}</p>;
  const { employers } = directory;
  const groups = duplicateGroups(employers);
  return (
    <div className="stack">
      <ContactsNav serviceId={serviceId} serviceName={service.name} current="employers" />
      <h1>{t('contacts:employers.title')}</h1>
      <section className="panel stack" aria-labelledby="add-employer-title">
        <h2 id="add-employer-title">{t('contacts:employers.add')}</h2>
        <EmployerForm serviceId={serviceId} employers={employers} />
      </section>
      <EmployersFromJobs serviceId={serviceId} employers={employers} />
      {groups.length > 0 && (
        <section className="panel stack notice-warning" aria-labelledby="duplicates-title" data-testid="duplicates">
          <h2 id="duplicates-title">{t('contacts:employers.duplicatesTitle')}</h2>
          <p>{t('contacts:employers.duplicatesIntro')}</p>
          {groups.map((group) => {
            const [keep, ...others] = group;
            if (!keep) return null;
            return (
              <div key={keep.id} className="row">
                <Link href={`/employers/${keep.id}`}>{keep.name}</Link>
                {others.map((other) => (
                  <ConfirmButton
                    key={other.id}
                    label={t('contacts:employers.mergeInto', { name: keep.name })}
                    title={t('contacts:employers.mergeTitle')}
                    body={<p>{t('contacts:employers.mergeBody')}</p>}
                    confirmLabel={t('contacts:employers.merge')}
                    onConfirm={async () => {
                      await save(() => mergeEmployers(db, keep.id, other.id, new Date()));
                    }}
                  />
                ))}
              </div>
            );
          })}
        </section>
      )}
      <section className="panel stack" aria-labelledby="employer-list-title">
        <h2 id="employer-list-title">{t('contacts:employers.count', { count: employers.length })}</h2>
        {employers.length === 0 ? (
          <p>{t('contacts:employers.empty')}</p>
        ) : (
          <ScrollTable label={t('contacts:employers.title')}>
            <table data-testid="employer-table">
              <caption className="visually-hidden">{t('contacts:employers.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contacts:employers.name')}</th>
                  <th scope="col">{t('contacts:employers.sector')}</th>
                  <th scope="col">{t('contacts:employers.area')}</th>
                </tr>
              </thead>
              <tbody>
                {employers.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link href={`/employers/${e.id}`} className="table-link">
                        {e.name}
                      </Link>
                    </th>
                    <td>{e.sector}</td>
                    <td>{e.area}</td>
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
