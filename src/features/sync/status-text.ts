import type { AnyNamespaceT } from '../../i18n/translate';
import type { SyncStatus } from '../../db/sync/engine';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { formatDateTime } from '../../i18n/format';

/** The sync status in words (issue 17: synced / sending N / offline since … / a problem). */
export function statusText(status: SyncStatus, t: AnyNamespaceT, locale: Locale): string {
  switch (status.state) {
    case 'problem':
      if (status.problem === 'signed-out') return t('sync:status.signedOut');
      if (status.problem === 'not-member') return t('sync:status.notMember', { service: status.problemService ?? '' });
      return t('sync:status.server');
    case 'offline':
      return t('sync:status.offline', { time: status.offlineSince ? formatDateTime(status.offlineSince, locale) : '' });
    case 'sending':
      // Working with nothing of this device's to send: receiving (a first sync, a colleague's change).
      return status.unsent > 0 ? t('sync:status.sending', { count: status.unsent }) : t('sync:status.syncing');
    case 'synced':
      return status.lastSyncedAt
        ? t('sync:status.syncedAt', { time: formatDateTime(status.lastSyncedAt, locale) })
        : t('sync:status.synced');
    default:
      return t('sync:status.starting');
  }
}
