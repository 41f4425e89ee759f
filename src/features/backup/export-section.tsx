import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { useLastBackupAt } from '../../db/live/backup';
import { exportBackup, recordBackupMade } from '../../db/repos/backup';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { downloadFile } from '../../ui/download-file';
import { afterDraftsSaved } from '../../ui/draft-registry';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

export function LastBackup() {
  const { t } = useTranslation(['backup', 'common']);
  const locale = useLocale();
  const lastBackupAt = useLastBackupAt();
  if (lastBackupAt === undefined) return <p>{t('common:status.loading')}</p>;
  return (
    <p data-testid="last-backup">
      {lastBackupAt === null ? t('backup:last.never') : t('backup:last.at', { date: formatDateTime(lastBackupAt, locale) })}
    </p>
  );
}

/** Downloads every backed-up table as one JSON file and remembers when (shown in settings). */
export function ExportSection() {
  const { t } = useTranslation(['backup', 'common']);
  const titleId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const makeBackup = async () => {
    setState({ kind: 'working' });
    try {
      const now = new Date();
      const backup = await afterDraftsSaved(() => exportBackup(db, now));
      const fileName = `fidelio-backup-${backup.exportedAt.slice(0, 10)}.json`;
      downloadFile(fileName, JSON.stringify(backup), 'application/json');
      await recordBackupMade(db, now);
      setState({ kind: 'done', fileName });
    } catch (error) {
      console.warn('Backup failed', error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('backup:export.title')}</h2>
      <p>{t('backup:export.description')}</p>
      <LastBackup />
      <div>
        <button type="button" className="button" onClick={() => void makeBackup()} aria-disabled={state.kind === 'working'}>
          {t('backup:export.button')}
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === 'working' && <p role="status">{t('backup:export.working')}</p>}
        {state.kind === 'done' && <p className="notice">{t('backup:export.done', { file: state.fileName })}</p>}
        {state.kind === 'failed' && <p className="notice notice-error">{t('backup:export.failed')}</p>}
      </div>
    </section>
  );
}
