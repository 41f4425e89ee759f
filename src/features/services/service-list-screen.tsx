import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/app-db';
import { useServiceSummaries } from '../../db/live/services';
import { createService } from '../../db/repos/services';
import type { ServiceSummary } from '../../db/queries';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';
import { useHasFormDraft } from '../../widgets/use-form-draft';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { DemoNotice, DemoOffer } from './demo-offer';
import { RepairNotice } from './repair-notice';
import { EMPTY_SERVICE, ServiceForm } from './service-form';

const NEW_SERVICE_DRAFT = 'service-new';

function ServiceRow({ summary }: { summary: ServiceSummary }) {
  const { t } = useTranslation(['services', 'common']);
  const locale = useLocale();
  const { service, latestReview } = summary;
  const place = [service.organisation, service.region].filter(Boolean).join(' · ');
  return (
    <li>
      <Link href={`/services/${service.id}`} className="list-link">
        <span>
          <span className="list-title">{service.name}</span>
          {place && <span className="muted small"> — {place}</span>}
          <br />
          <span className="muted small">
            {latestReview ? t('services:list.latest', { date: formatDate(latestReview.firstDay, locale) }) : t('services:list.noReviews')}
          </span>
        </span>
        {latestReview && latestReview.rated > 0 && (
          <span className="row">
            <strong>{t('services:reviewRow.total', { total: latestReview.total })}</strong>
            <BandBadge total={latestReview.total} isComplete={latestReview.isComplete} />
          </span>
        )}
      </Link>
    </li>
  );
}

export function ServiceListScreen() {
  const { t } = useTranslation(['services', 'common']);
  const summaries = useServiceSummaries();
  const [, navigate] = useLocation();
  const [isCreating, setCreating] = useState(false);
  // A new service's text left unsaved by a crash or reload: the form opens to offer it back.
  const hasDraft = useHasFormDraft(NEW_SERVICE_DRAFT);
  useEffect(() => {
    if (hasDraft) setCreating(true);
  }, [hasDraft]);
  const save = useTrackedSave();

  if (summaries === undefined) return <p role="status">{t('common:status.loading')}</p>;

  async function create(draft: typeof EMPTY_SERVICE) {
    let id = '';
    const ok = await save(async () => {
      id = await createService(db, draft, new Date());
    });
    if (ok) navigate(`/services/${id}`);
    return ok;
  }

  const form = (
    <section className="panel" aria-labelledby="new-service-title">
      <h2 id="new-service-title">{t('services:form.createTitle')}</h2>
      <ServiceForm
        initial={EMPTY_SERVICE}
        draftKey={NEW_SERVICE_DRAFT}
        submitLabel={t('services:form.create')}
        onSubmit={create}
        onCancel={summaries.length > 0 ? () => setCreating(false) : undefined}
      />
    </section>
  );

  if (summaries.length === 0) {
    return (
      <div className="stack">
        <section className="panel empty-state">
          <h1>{t('services:empty.title')}</h1>
          <p>{t('services:empty.body')}</p>
        </section>
        <DemoOffer />
        {form}
      </div>
    );
  }

  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('services:list.title')}</h1>
        {!isCreating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('services:list.new')}
          </button>
        )}
      </div>
      <RepairNotice />
      <DemoNotice />
      {isCreating && form}
      <section className="panel" aria-label={t('services:list.count', { count: summaries.length })}>
        <ul className="list">
          {summaries.map((summary) => (
            <ServiceRow key={summary.service.id} summary={summary} />
          ))}
        </ul>
      </section>
    </div>
  );
}
