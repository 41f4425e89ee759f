import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { BackupProblem } from '../../domain/transfer/backup-format';
import type { IntegrityProblem } from '../../domain/integrity/problems';
import { useLocale } from '../../i18n/use-locale';
import { integrityMessage } from './integrity-message';
import { problemMessage } from './problem-message';

/**
 * A file with thousands of bad records would bury the first ones: the reader and the checker keep
 * at most 100 and count the rest (issue 14 #7), so `count` may be larger than the list.
 */
export function ProblemList({ problems, count = problems.length }: { problems: readonly BackupProblem[]; count?: number }) {
  const { t } = useTranslation(['backup']);
  const locale = useLocale();
  const titleId = useId();
  const hidden = count - problems.length;
  return (
    <div className="notice notice-error stack" role="alert" aria-labelledby={titleId} data-testid="backup-problems">
      <h3 id={titleId}>{t('backup:restore.problemsTitle')}</h3>
      <p>{t('backup:restore.problemsIntro', { count })}</p>
      <ul className="backup-problems">
        {problems.map((problem, index) => (
          <li key={index}>{problemMessage(t, problem, locale)}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('backup:restore.moreProblems', { count: hidden })}</p>}
    </div>
  );
}

/** Why a restore is refused: records valid alone but not together (issue 14 #1, #9). */
export function IntegrityProblemList({ problems, count }: { problems: readonly IntegrityProblem[]; count: number }) {
  const { t } = useTranslation(['backup']);
  const titleId = useId();
  const hidden = count - problems.length;
  return (
    <div className="notice notice-error stack" role="alert" aria-labelledby={titleId} data-testid="restore-refused">
      <h3 id={titleId}>{t('backup:restore.refusedTitle')}</h3>
      <p>{t('backup:restore.refusedIntro', { count })}</p>
      <ul className="backup-problems">
        {problems.map((problem, index) => (
          <li key={index}>{integrityMessage(t, problem)}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('backup:restore.moreProblems', { count: hidden })}</p>}
    </div>
  );
}
