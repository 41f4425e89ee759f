import type { AnyNamespaceT } from '../../i18n/translate';
import type { IntegrityProblem } from '../../domain/integrity/problems';
import { tableLabel } from './problem-message';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One invariant problem (src/domain/integrity) as a sentence: which record, which rule. Every code
 * has a message in fi and en (test/features/backup/integrity-message.test.ts).
 */
export function integrityMessage(typed: AnyNamespaceT, problem: IntegrityProblem): string {
  const t = typed as unknown as Translate;
  const at = { table: tableLabel(typed, problem.table), id: problem.id };
  const key = `backup:integrity.${problem.code}`;
  switch (problem.code) {
    case 'dangling-reference':
    case 'other-service-reference':
      return t(key, { ...at, field: problem.field, target: tableLabel(typed, problem.target), targetId: problem.targetId });
    case 'final-review-changed':
      return t(key, { service: problem.serviceName, year: problem.firstDay.slice(0, 4), before: problem.before, after: problem.after });
    case 'moves-service':
      return t(key, at);
    case 'duplicate-natural-key':
      return t(key, { ...at, otherId: problem.otherId });
    case 'final-incomplete':
      return t(key, { ...at, rated: problem.rated });
    case 'days-reversed':
      return t(key, { ...at, firstDay: problem.firstDay, lastDay: problem.lastDay });
    case 'too-many-values':
      return t(key, { ...at, field: problem.field, count: problem.count, max: problem.max });
    case 'repeated-values':
      return t(key, { ...at, field: problem.field });
    case 'not-utc-time':
      return t(key, { ...at, field: problem.field, value: problem.value });
  }
}
