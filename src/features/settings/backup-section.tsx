import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useLastBackupAt } from '../../db/live/backup';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

/** When this device last made a backup, and the way to the backup screen (issue 7). */
export function BackupSection() {
  const { t } = useTranslation(['settings', 'common']);
  const locale = useLocale();
  const titleId = useId();
  const lastBackupAt = useLastBackupAt();
  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:backup.title')}</h2>
      {lastBackupAt === undefined ? (
        <p role="status">{t('common:status.loading')}</p>
      ) : (
        <p data-testid="settings-last-backup">
          {lastBackupAt === null
            ? t('settings:backupLast.never')
            : t('settings:backupLast.at', { date: formatDateTime(lastBackupAt, locale) })}
        </p>
      )}
      <div>
        <Link href="/backup" className="button button-secondary">
          {t('settings:backup.open')}
        </Link>
      </div>
    </section>
  );
}
