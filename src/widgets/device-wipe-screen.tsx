import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useDeviceWipeStore } from '../ui/device-wipe';
import { wipeDevice } from './wipe-device';

/**
 * Shown instead of the whole app while and after the device is emptied. The wipe starts when this
 * screen is mounted, i.e. once every other screen (and its database reads) is gone. "Start again"
 * reloads: the app then opens as on a new device, with no marker that would call it data loss.
 */
export function DeviceWipeScreen() {
  const { t } = useTranslation(['settings']);
  const phase = useDeviceWipeStore((s) => s.phase);
  const finish = useDeviceWipeStore((s) => s.finish);
  const hasStarted = useRef(false);

  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    wipeDevice().then(
      () => finish('done'),
      (error: unknown) => {
        console.error('Deleting the data on this device failed', error);
        finish('failed');
      },
    );
  }, [finish]);

  return (
    <main className="app-main" id="main">
      <section className="panel stack" aria-live="polite" data-testid="wipe-screen" data-phase={phase}>
        <h1>{t('settings:wipe.screenTitle')}</h1>
        {phase === 'wiping' && <p role="status">{t('settings:wipe.wiping')}</p>}
        {phase === 'done' && <p role="status">{t('settings:wipe.done')}</p>}
        {phase === 'failed' && <p role="alert">{t('settings:wipe.failed')}</p>}
        {phase !== 'wiping' && (
          <div>
            <button type="button" className="button" onClick={() => window.location.replace('/')}>
              {t('settings:wipe.startAgain')}
            </button>
          </div>
        )}
      </section>
    </main>
  );
}
