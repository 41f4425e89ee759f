import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/app-db';
import { useClientDetail, useReferralSources, useStaff } from '../../db/live/caseload';
import { useService } from '../../db/live/services';
import { updateClient } from '../../db/repos/caseload-clients';
import { eraseClient } from '../../db/repos/erase-client';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { TypedConfirmButton } from '../../ui/typed-confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { AssignmentPanel } from './assignment-panel';
import { CaseloadNav } from './caseload-nav';
import { ClientForm } from './client-form';
import { JobsPanel } from './jobs-panel';
import { useSourceName } from './labels';
import { PhasePanel } from './phase-panel';

/** One client: details, phase with its timeline, specialist with history, and jobs. */
export function ClientScreen({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['caseload', 'common']);
  const detail = useClientDetail(clientId);
  const serviceId = detail?.client.serviceId ?? '';
  const service = useService(serviceId);
  const staff = useStaff(serviceId);
  const sources = useReferralSources(serviceId);
  const locale = useLocale();
  const save = useTrackedSave();
  const [, navigate] = useLocation();
  const [isEditing, setEditing] = useState(false);
  const sourceName = useSourceName(sources ?? []);

  if (detail === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }
  if (detail === undefined || !service || staff === undefined || sources === undefined)
    return <p role="status">{t('common:status.loading')}</p>;

  const { client, state } = detail;
  return (
    <div className="stack">
      <CaseloadNav serviceId={serviceId} serviceName={service.name} current={null} />
      <div className="row-between">
        <h1>{t('caseload:client.title', { code: client.code })}</h1>
        <span className={`status-badge client-status-${state.status}`} data-testid="client-status">
          {t(`caseload:status.${state.status}`)}
        </span>
      </div>
      <div className="row">
        <Link href={`/services/${serviceId}/clients`} className="back-link">
          ← {t('caseload:client.backToList')}
        </Link>
        <Link href={`/clients/${client.id}/contacts`} className="back-link">
          {t('caseload:client.contactsLink')}
        </Link>
      </div>
      <div className="client-layout">
        <div className="stack">
          <PhasePanel detail={detail} />
          <JobsPanel detail={detail} />
        </div>
        <div className="stack">
          <section className="panel stack" aria-labelledby="client-details-title">
            <h2 id="client-details-title">{isEditing ? t('caseload:clients.editTitle') : t('caseload:client.details')}</h2>
            {isEditing ? (
              <ClientForm
                mode="edit"
                initial={client}
                startedOn={client.startDate}
                staff={staff}
                sources={sources}
                otherCodes={detail.otherCodes}
                submitLabel={t('common:actions.save')}
                onCancel={() => setEditing(false)}
                onSubmit={async ({ draft }) => {
                  const ok = await save(() => updateClient(db, client.id, draft, new Date()));
                  if (ok) setEditing(false);
                  return ok;
                }}
              />
            ) : (
              <>
                <dl className="details">
                  <dt>{t('caseload:clients.referralDate')}</dt>
                  <dd>{formatDate(client.referralDate, locale)}</dd>
                  <dt>{t('caseload:clients.referralSource')}</dt>
                  <dd>{sourceName(client.referralSource)}</dd>
                  <dt>{t('caseload:clients.started')}</dt>
                  <dd>{client.startDate ? formatDate(client.startDate, locale) : t('caseload:client.noStart')}</dd>
                  {client.notes && (
                    <>
                      <dt>{t('caseload:clients.notes')}</dt>
                      <dd className="pre-wrap">{client.notes}</dd>
                    </>
                  )}
                </dl>
                <div className="row">
                  <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                    {t('common:actions.edit')}
                  </button>
                  <TypedConfirmButton
                    label={t('caseload:client.erase')}
                    title={t('caseload:client.eraseTitle', { code: client.code })}
                    body={<p>{t('caseload:client.eraseBody')}</p>}
                    expected={client.code}
                    inputLabel={t('caseload:client.eraseType', { code: client.code })}
                    confirmLabel={t('caseload:client.eraseConfirm')}
                    testId="erase-client"
                    onConfirm={async () => {
                      if (await save(() => eraseClient(db, client.id, new Date()))) navigate(`/services/${serviceId}/clients`);
                    }}
                  />
                </div>
              </>
            )}
          </section>
          <AssignmentPanel key={detail.assignments.length} detail={detail} staff={staff} />
        </div>
      </div>
    </div>
  );
}
