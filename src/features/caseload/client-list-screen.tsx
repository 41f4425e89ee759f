import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { filterAndSortClients, pageOf } from '../../domain/caseload/client-list';
import { defaultSourceRef } from '../../domain/caseload/referral-sources';
import { db } from '../../db/app-db';
import { useReferralSources, useServiceCaseload } from '../../db/live/caseload';
import { useService } from '../../db/live/services';
import { createClient } from '../../db/repos/caseload-clients';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useHasFormDraft } from '../../widgets/use-form-draft';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { CaseloadNav } from './caseload-nav';
import { ClientFilters } from './client-filters';
import { ClientForm } from './client-form';
import { useClientListStore } from './client-list-store';
import { ClientTable } from './client-table';
import { today, useStaffName } from './labels';
import { ReferralSourcesSection } from './referral-sources-section';

/** 50 rows keep a page quick to render and scan on a tablet, even with 3,000 clients. */
export const PAGE_SIZE = 50;

/** The service's clients with filters, sorting and pages, and the form for a new client. */
export function ClientListScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const service = useService(serviceId);
  const data = useServiceCaseload(serviceId);
  const sources = useReferralSources(serviceId);
  const save = useTrackedSave();
  const [isCreating, setCreating] = useState(false);
  // The client just added: the form clears for the next one, and this says it was saved, with a link.
  const [added, setAdded] = useState<{ id: string; code: string } | null>(null);
  const draftKey = `client-new:${serviceId}`;
  // A new client's text left unsaved by a crash or reload: the form opens to offer it back.
  const hasDraft = useHasFormDraft(draftKey);
  useEffect(() => {
    if (hasDraft) setCreating(true);
  }, [hasDraft]);
  const { filter, sort, page, forService, setFilter, setSort, setPage } = useClientListStore();
  const nameOf = useStaffName(data?.staff ?? []);
  const day = today();

  useEffect(() => forService(serviceId), [forService, serviceId]);
  const sorted = useMemo(() => (data ? filterAndSortClients(data.rows, filter, sort, day) : []), [data, filter, sort, day]);

  if (service === undefined || data === undefined || sources === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) return <p role="alert">{t('common:status.notFound')}</p>;

  const current = pageOf(sorted, page, PAGE_SIZE);
  const from = sorted.length === 0 ? 0 : (current.page - 1) * PAGE_SIZE + 1;
  const to = from === 0 ? 0 : from + current.items.length - 1;
  const emptyDraft = { code: '', referralDate: day, referralSource: defaultSourceRef('employment-area'), notes: '' };

  return (
    <div className="stack">
      <CaseloadNav serviceId={serviceId} serviceName={service.name} current="clients" />
      <div className="row-between">
        <h1>{t('caseload:clients.title')}</h1>
        {!isCreating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('caseload:clients.new')}
          </button>
        )}
      </div>
      {isCreating && (
        <section className="panel stack" aria-labelledby="new-client-title">
          <h2 id="new-client-title">{t('caseload:clients.newTitle')}</h2>
          <div role="status" data-testid="client-added">
            {added && (
              <p className="notice">
                {t('caseload:clients.added', { code: added.code })}{' '}
                <Link href={`/clients/${added.id}`}>{t('caseload:clients.openAdded', { code: added.code })}</Link>
              </p>
            )}
          </div>
          <ClientForm
            mode="create"
            draftKey={draftKey}
            initial={emptyDraft}
            staff={data.staff}
            rows={data.rows}
            sources={sources}
            otherCodes={data.rows.map((row) => row.code)}
            submitLabel={t('caseload:clients.create')}
            onCancel={() => {
              setCreating(false);
              setAdded(null);
            }}
            onSubmit={async (value) => {
              let id = '';
              const ok = await save(async () => {
                id = await createClient(db, serviceId, value, new Date());
              });
              setAdded(ok ? { id, code: value.draft.code } : null);
              return ok;
            }}
          />
        </section>
      )}
      <section className="panel stack" aria-label={t('caseload:clients.title')}>
        <ClientFilters staff={data.staff} filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
        {data.rows.length === 0 ? (
          <p>{t('caseload:clients.none')}</p>
        ) : sorted.length === 0 ? (
          <p>{t('caseload:clients.noMatch')}</p>
        ) : (
          <>
            <p role="status" data-testid="client-count">
              {t('caseload:clients.showing', {
                from: formatNumber(from, locale),
                to: formatNumber(to, locale),
                total: formatNumber(sorted.length, locale),
              })}
            </p>
            <ClientTable rows={current.items} nameOf={nameOf} day={day} />
            {current.pageCount > 1 && (
              <nav className="row-between" aria-label={t('caseload:clients.pagination')}>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={current.page <= 1}
                  onClick={() => setPage(current.page - 1)}
                >
                  {t('caseload:clients.previous')}
                </button>
                <span>{t('caseload:clients.page', { page: current.page, pages: current.pageCount })}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={current.page >= current.pageCount}
                  onClick={() => setPage(current.page + 1)}
                >
                  {t('caseload:clients.next')}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
      <ReferralSourcesSection serviceId={serviceId} sources={sources} />
    </div>
  );
}
