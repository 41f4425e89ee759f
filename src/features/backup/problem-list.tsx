import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../domain/transfer/backup-format';
import { useLocale } from '../../i18n/use-locale';
import { problemMessage } from './problem-message';

/** A file with thousands of bad records would bury the first ones; the rest are counted. */
const SHOWN = 50;

export function ProblemList({ problems }: { problems: readonly BackupProblem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const hidden = problems.length - SHOWN;
  return (
    <div className="notice notice-error stack" role="alert" aria-labelledby={titleId} data-testid="backup-problems">
      <h3 id={titleId}>{t('backup.restore.problemsTitle')}</h3>
      <p>{t('backup.restore.problemsIntro', { count: problems.length })}</p>
      <ul className="backup-problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>{problemMessage(t, problem, locale)}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('backup.restore.moreProblems', { count: hidden })}</p>}
    </div>
  );
}
