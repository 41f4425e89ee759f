import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/app-db';
import { useReviewsOfService } from '../../db/live/reviews';
import { useIsSyncedService, useService } from '../../db/live/services';
import { deleteService, updateService } from '../../db/repos/services';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { NewReviewForm } from './new-review-form';
import { ServiceForm } from './service-form';
import { ServiceReviews } from './service-reviews';

export function ServiceScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['services', 'common']);
  const service = useService(serviceId);
  const reviews = useReviewsOfService(serviceId);
  const [isEditing, setEditing] = useState(false);
  const [, navigate] = useLocation();
  const save = useTrackedSave();
  const isSynced = useIsSyncedService(serviceId);

  if (service === undefined || reviews === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }

  return (
    <div className="stack">
      <nav aria-label={t('common:actions.back')}>
        <Link href="/" className="back-link">
          ← {t('common:nav.services')}
        </Link>
      </nav>
      <section className="panel stack">
        {isEditing ? (
          <>
            <h1>{t('services:form.editTitle')}</h1>
            <ServiceForm
              initial={{ name: service.name, organisation: service.organisation, region: service.region, notes: service.notes }}
              submitLabel={t('common:actions.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (draft) => {
                const ok = await save(() => updateService(db, service.id, draft, new Date()));
                if (ok) setEditing(false);
                return ok;
              }}
            />
          </>
        ) : (
          <>
            <div className="row-between">
              <h1>{service.name}</h1>
              <div className="row">
                <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                  {t('common:actions.edit')}
                </button>
                {isSynced ? (
                  // The team's data lives on the team server: only this device's copy can go from here.
                  <ConfirmButton
                    label={t('services:page.removeFromDevice')}
                    title={t('services:page.removeFromDeviceTitle')}
                    body={<p>{t('services:page.removeFromDeviceBody', { service: service.name })}</p>}
                    confirmLabel={t('services:page.removeFromDevice')}
                    isDanger
                    onConfirm={async () => {
                      const removed = await save(async () => {
                        const { removeServiceFromDevice } = await import('../../db/sync/running-engine');
                        await removeServiceFromDevice(db, service.id);
                      });
                      if (removed) navigate('/');
                    }}
                  />
                ) : (
                  <ConfirmButton
                    label={t('services:page.delete')}
                    title={t('services:page.deleteTitle')}
                    body={<p>{t('services:page.deleteBody')}</p>}
                    confirmLabel={t('common:actions.delete')}
                    isDanger
                    onConfirm={async () => {
                      if (await save(() => deleteService(db, service.id, new Date()))) navigate('/');
                    }}
                  />
                )}
              </div>
            </div>
            <dl className="details">
              {service.organisation && (
                <>
                  <dt>{t('services:page.organisation')}</dt>
                  <dd>{service.organisation}</dd>
                </>
              )}
              {service.region && (
                <>
                  <dt>{t('services:page.region')}</dt>
                  <dd>{service.region}</dd>
                </>
              )}
              {service.notes && (
                <>
                  <dt>{t('services:page.notes')}</dt>
                  <dd className="pre-wrap">{service.notes}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </section>
      <div className="row">
        <Link href={`/services/${service.id}/caseload`} className="button button-secondary">
          {t('services:page.caseloadLink')}
        </Link>
        <Link href={`/services/${service.id}/contacts`} className="button button-secondary">
          {t('services:page.contactsLink')}
        </Link>
        <Link href={`/services/${service.id}/outcomes`} className="button button-secondary">
          {t('services:page.outcomesLink')}
        </Link>
      </div>
      <section className="panel stack" aria-labelledby="reviews-title">
        <h2 id="reviews-title">{t('services:page.reviewsTitle')}</h2>
        {reviews.length === 0 ? <p>{t('services:page.noReviews')}</p> : <ServiceReviews reviews={reviews} />}
        {reviews.length >= 2 && (
          <Link href={`/services/${service.id}/compare`} className="button button-secondary">
            {t('services:page.compareLink')}
          </Link>
        )}
      </section>
      <section className="panel">
        <NewReviewForm serviceId={service.id} />
      </section>
    </div>
  );
}
