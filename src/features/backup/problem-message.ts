import type { AnyNamespaceT } from '../../i18n/translate';
import type { BackupProblem } from '../../domain/transfer/backup-format';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { isFileProblem } from '../../domain/transfer/versioned-file';
import { fileProblemMessage } from '../../ui/file-problem-message';
import { recordReasonText } from '../../ui/record-reason-text';

/*
 * Keys are built from problem codes, which i18next's typed keys cannot follow; every code has a
 * message in both languages (test/features/backup/problem-message.test.ts checks each one).
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;
const untyped = (t: AnyNamespaceT): Translate => t as unknown as Translate;

function tableLabel(t: AnyNamespaceT, table: string): string {
  return untyped(t)(`backup:tables.${table}`, { defaultValue: table });
}

/** One problem of a backup file as a sentence in the user's language: which record, field, why. */
export function problemMessage(typed: AnyNamespaceT, problem: BackupProblem, locale: Locale): string {
  const t = untyped(typed);
  if (isFileProblem(problem)) return fileProblemMessage(typed, problem, locale, 'backup');
  const key = `backup:problems.${problem.code}`;
  switch (problem.code) {
    case 'unknown-table':
      return t(key, { table: problem.table });
    case 'not-a-list':
      return t(key, { table: tableLabel(typed, problem.table) });
    case 'invalid-record':
      return t(key, {
        table: tableLabel(typed, problem.table),
        number: problem.index + 1,
        id: problem.id ?? t('backup:problems.noId'),
        field: problem.path,
        reason: recordReasonText(typed, problem, locale),
      });
    default:
      return t(key);
  }
}

export { tableLabel };
