import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { useLocale } from '../../i18n/use-locale';
import { statusText } from './status-text';
import { startSyncFromStorage, useSyncStatus } from './sync-engine-store';

/**
 * Always visible in the shell of a device with a team server (loaded only then): where its changes
 * are. Loading it starts sync in the background; nothing waits for it.
 */
export function SyncStatusBadge() {
  const { t } = useTranslation(['sync', 'services']);
  const locale = useLocale();
  const status = useSyncStatus();
  useEffect(() => {
    startSyncFromStorage().catch((error: unknown) => console.error('Team sync did not start', error));
  }, []);
  if (!status) return null;
  // Another tab or window of the device syncs; this one shows what it shares.
  const text = status.otherWindow ? `${statusText(status, t, locale)} (${t('sync:status.otherWindow')})` : statusText(status, t, locale);
  return (
    <div className="sync-status" data-state={status.state}>
      <Link href="/settings/sync" aria-label={`${t('sync:status.label')}: ${text}`}>
        <span role="status">{text}</span>
      </Link>
      {status.held > 0 && <p className="notice notice-warning">{t('sync:status.updateApp')}</p>}
      {status.denied > 0 && (
        <p className="notice notice-warning">
          <Link href="/sync/conflicts">{t('sync:status.denied', { count: status.denied })}</Link>
        </p>
      )}
      {status.refused > 0 && (
        <p className="notice notice-warning">
          <Link href="/sync/conflicts">{t('sync:status.refused', { count: status.refused })}</Link>
        </p>
      )}
    </div>
  );
}
