import type { AnyNamespaceT } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';
import { useRefusedArrivals } from '../../db/live/sync';
import type { IntegrityProblem } from '../../domain/integrity/problems';
import { useLocale } from '../../i18n/use-locale';
import { recordReasonText } from '../../ui/record-reason-text';
import { tableName } from './table-name';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One invariant problem of an arrived record in words (sync.refused.problem.*, fi and en). */
export function refusedProblemText(typed: AnyNamespaceT, problem: IntegrityProblem): string {
  const t = typed as unknown as Translate;
  const key = `sync:refused.problem.${problem.code}`;
  switch (problem.code) {
    case 'dangling-reference':
    case 'other-service-reference':
      return t(key, { field: problem.field, target: tableName(typed, problem.target), targetId: problem.targetId });
    case 'final-review-changed':
      return t(key, { service: problem.serviceName, year: problem.firstDay.slice(0, 4), before: problem.before, after: problem.after });
    case 'duplicate-natural-key':
      return t(key, { otherId: problem.otherId });
    case 'final-incomplete':
      return t(key, { rated: problem.rated });
    case 'days-reversed':
      return t(key, { firstDay: problem.firstDay, lastDay: problem.lastDay });
    case 'too-many-values':
      return t(key, { field: problem.field, count: problem.count, max: problem.max });
    case 'repeated-values':
      return t(key, { field: problem.field });
    case 'not-utc-time':
      return t(key, { field: problem.field, value: problem.value });
    case 'moves-service':
      return t(key);
  }
}

/** Records from the team kept out of this device because they would break the app's rules (issue 17). */
export function RefusedList({ serviceIds }: { serviceIds: readonly string[] }) {
  const { t } = useTranslation(['sync', 'backup']);
  const locale = useLocale();
  const refused = useRefusedArrivals(serviceIds);
  if (!refused || refused.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="refused-heading" data-testid="refused-arrivals">
      <h2 id="refused-heading">{t('sync:refused.title')}</h2>
      <p>{t('sync:refused.intro')}</p>
      <ul>
        {refused.map((entry) => (
          <li key={entry.key}>
            <strong>{t('sync:refused.record', { table: tableName(t, entry.table), id: entry.id })}</strong>:{' '}
            {[
              ...(entry.fields ?? []).map((f) => t('sync:refused.field', { field: f.path, reason: recordReasonText(t, f.detail, locale) })),
              ...entry.problems.map((p) => refusedProblemText(t, p)),
            ].join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
