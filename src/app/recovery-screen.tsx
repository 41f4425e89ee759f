import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { StartupOutcome } from '../db/health';
import { downloadEmergencyExport } from './emergency-export';

interface Props {
  outcome: Exclude<StartupOutcome, { kind: 'ok' }>;
  databaseName: string;
  /** Render the app anyway: at /backup to restore, or empty after the user chose so. */
  onContinue: (path: '/backup' | '/') => void;
  /** A restore was under way when the page was reloaded (issue 14 #8). */
  isRestoreMarked?: boolean;
}

function EmergencyExport({ databaseName }: { databaseName: string }) {
  const { t } = useTranslation(['app']);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          setStatus(t('app:recovery.exporting'));
          const count = await downloadEmergencyExport(databaseName, new Date());
          setStatus(count === null ? t('app:recovery.nothingReadable') : t('app:recovery.exported', { count }));
        }}
      >
        {t('app:recovery.emergencyExport')}
      </button>
      <p role="status">{status}</p>
    </>
  );
}

/** Shown instead of the app when the database cannot be trusted; never deletes anything. */
export function RecoveryScreen({ outcome, databaseName, onContinue, isRestoreMarked = false }: Props) {
  const { t } = useTranslation(['app']);
  return (
    <main className="app-main recovery" id="main">
      <section className="panel stack" role="alert" aria-labelledby="recovery-title" data-testid="recovery-screen">
        {outcome.kind === 'evicted' ? (
          <>
            <h1 id="recovery-title">{t('app:recovery.evictedTitle')}</h1>
            <p>{t('app:recovery.evictedBody')}</p>
            <p>{t('app:recovery.evictedAdvice')}</p>
            <div className="row">
              <button type="button" className="button" onClick={() => onContinue('/backup')}>
                {t('app:recovery.restore')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => onContinue('/')}>
                {t('app:recovery.startEmpty')}
              </button>
            </div>
          </>
        ) : outcome.kind === 'restoreInterrupted' ? (
          <>
            <h1 id="recovery-title">{t('app:recovery.restoreInterruptedTitle')}</h1>
            <p>{t('app:recovery.restoreInterruptedBody')}</p>
            <div className="row">
              <button type="button" className="button" onClick={() => onContinue('/backup')}>
                {t('app:recovery.toBackup')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => onContinue('/')}>
                {t('app:recovery.continue')}
              </button>
            </div>
          </>
        ) : (
          <>
            <h1 id="recovery-title">{t('app:recovery.openFailedTitle')}</h1>
            {isRestoreMarked && <p>{t('app:recovery.restoreStillBusy')}</p>}
            <p>{outcome.kind === 'timeout' ? t('app:recovery.timeoutBody') : t('app:recovery.failedBody', { error: outcome.errorName })}</p>
            <p>{t('app:recovery.dataSafe')}</p>
            <div className="row">
              <button type="button" className="button" onClick={() => window.location.reload()}>
                {t('app:recovery.retry')}
              </button>
              <EmergencyExport databaseName={databaseName} />
            </div>
          </>
        )}
      </section>
    </main>
  );
}
