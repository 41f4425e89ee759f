import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { forgetSyncConfig, outboxCount, readSyncConfig, type SyncConfig } from '../../db/sync/config';
import { currentEngine, destroyLocalReplica, syncHere, withSyncStopped } from '../../db/sync/running-engine';
import { signOutOfServer } from '../../db/sync/session';

/**
 * Signing out says first how many changes have not reached the server, and offers to remove the
 * synced services' data from the device (issue 17).
 */
export function SignOut({ config, onSignedOut }: { config: SyncConfig; onSignedOut: () => void }) {
  const { t } = useTranslation(['sync', 'services']);
  const [unsent, setUnsent] = useState<number | null>(null);
  const [removeData, setRemoveData] = useState(false);
  const [isBusy, setBusy] = useState(false);

  const ask = async () => {
    setBusy(true);
    try {
      // The count needs the running engine (its replicas): another tab's hands over to this one.
      await syncHere(db);
      setUnsent((await currentEngine()?.unsentCount()) ?? (await outboxCount(db)));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      // With sync stopped in every tab, so none starts again from the connection being forgotten.
      await withSyncStopped(db, async () => {
        // The services kept by then (another tab may have changed them since this screen read them).
        const kept = (await readSyncConfig(db)) ?? config;
        for (const { id } of kept.services) await destroyLocalReplica(db, id);
        await forgetSyncConfig(db, removeData);
        await signOutOfServer(config.server);
      });
      onSignedOut();
    } finally {
      setBusy(false);
    }
  };

  if (unsent === null) {
    return (
      <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void ask()}>
        {t('sync:signOut')}
      </button>
    );
  }
  return (
    <div className="stack">
      <p className={unsent > 0 ? 'notice notice-warning' : 'notice'}>
        {unsent > 0 ? t('sync:signOutUnsent', { count: unsent }) : t('sync:signOutAllSent')}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={removeData} onChange={(event) => setRemoveData(event.target.checked)} /> {t('sync:removeData')}
      </label>
      <div className="row">
        <button type="button" className="button button-danger" disabled={isBusy} onClick={() => void confirm()}>
          {t('sync:confirmSignOut')}
        </button>
        <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => setUnsent(null)}>
          {t('sync:cancel')}
        </button>
      </div>
    </div>
  );
}
