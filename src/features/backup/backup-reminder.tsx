import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useBackupReminder } from '../../db/live/backup';

/** Shown on the service list when data was never backed up, or not for 30 days. */
export function BackupReminder() {
  const { t } = useTranslation(['app']);
  const reminder = useBackupReminder();
  if (!reminder || reminder === 'none') return null;
  return (
    <div className="notice notice-warning row-between backup-reminder" role="status" data-testid="backup-reminder">
      <p>{t(`app:backupReminder.${reminder}`)}</p>
      <Link href="/backup" className="button button-secondary">
        {t('app:backupReminder.action')}
      </Link>
    </div>
  );
}
