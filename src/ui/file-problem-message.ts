import type { AnyNamespaceT } from '../i18n/translate';
import type { Locale } from '../domain/fidelity/scale-definition';
import type { FileProblem } from '../domain/transfer/versioned-file';
import { formatBytes } from '../i18n/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type FileKind = 'backup' | 'reviewFile';

/**
 * What is wrong with any Fidelio file before its content (size, encoding, JSON, format, version),
 * in the same words for a backup and a review file; only the name of the kind of file differs.
 * The keys are built from problem codes, which i18next's typed keys cannot follow; every code has a
 * message in every language (test/ui/file-problem-message.test.ts).
 */
export function fileProblemMessage(typed: AnyNamespaceT, problem: FileProblem, locale: Locale, kind: FileKind): string {
  const t = typed as unknown as Translate;
  const key = `backup:file.problems.${problem.code}`;
  const kindName = t(`backup:file.kinds.${kind}`);
  switch (problem.code) {
    case 'too-large':
      return t(key, { size: formatBytes(problem.size, locale), max: formatBytes(problem.max, locale) });
    case 'check-failed':
      return t(key, { error: problem.error });
    case 'wrong-format': {
      const text = t(key, { kind: kindName, format: problem.format });
      // Someone holding a backup on the review-file screen is told where backups go.
      return kind === 'reviewFile' ? `${text} ${t('backup:file.reviewFileHint')}` : text;
    }
    case 'future-version':
      return t(key, { version: problem.version, supported: problem.supported });
    case 'unknown-field':
      return t(key, { field: problem.field });
    default:
      return t(key, { kind: kindName });
  }
}
