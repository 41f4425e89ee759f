import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { toIsoDate } from '../../domain/dates';
import { lastQuarters, quarterlyOutcomes } from '../../domain/evidence/quarters';
import { useEvidenceInput } from '../../db/live/outcomes';
import { useService } from '../../db/live/services';
import { OutcomesTable, THIN_QUARTER } from './outcomes-table';

// The charting library comes only with this chart, never with the scoring screen.
const OutcomesChart = lazy(() => import('./outcomes-chart').then((m) => ({ default: m.OutcomesChart })));

/** evidence-rules.md §5 for the last eight quarters: served, working, the rate, and job starts. */
export function OutcomesScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['outcomes', 'common']);
  const service = useService(serviceId);
  const input = useEvidenceInput(serviceId);
  const rows = useMemo(() => (input ? quarterlyOutcomes(input, lastQuarters(toIsoDate(new Date()), 8)) : []), [input]);

  if (service === undefined || input === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) return <p role="alert">{t('common:status.notFound')}</p>;
  const isThin = rows.some((row) => row.served > 0 && row.served < THIN_QUARTER);

  return (
    <div className="stack">
      <Link href={`/services/${serviceId}`} className="back-link">
        ← {service.name}
      </Link>
      <h1>{t('outcomes:screen.title')}</h1>
      <section className="panel stack">
        <p>{t('outcomes:screen.intro')}</p>
        {input.clients.length === 0 ? (
          <p className="notice" data-testid="outcomes-empty">
            {t('outcomes:screen.noData')}
          </p>
        ) : (
          <>
            <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
              <OutcomesChart rows={rows} />
            </Suspense>
            <OutcomesTable rows={rows} />
            {isThin && <p className="small muted">* {t('outcomes:screen.thin')}</p>}
          </>
        )}
      </section>
    </div>
  );
}
