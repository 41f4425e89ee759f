import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllDrafts } from '../../ui/draft-registry';
import { installPreloadErrorHandler, type PreloadFailure } from './preload-error';
import { installUpdateChecks } from './update-checks';

/**
 * Tells the user about a new version and updates only when asked (registerType 'prompt'):
 * an automatic reload could throw away a review being typed (reliability.md §0.4, #20).
 * Every pending draft is saved before the page reloads.
 */
export function UpdatePrompt() {
  const { t } = useTranslation(['pwa']);
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | null>(null);
  const [isUpdating, setIsUpdating] = useState(false);
  const [isUpdatedElsewhere, setIsUpdatedElsewhere] = useState(false);
  const [preloadFailure, setPreloadFailure] = useState<PreloadFailure | null>(null);
  // useRegisterSW keeps the callbacks of its first render, so they read this ref.
  const isAcceptedHere = useRef(false);

  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, reg) => setRegistration(reg ?? null),
    onNeedReload: () => {
      // The new worker took control. If the user accepted here, finish the update; if another
      // tab accepted, do not reload under the user's hands: ask them to reload instead.
      if (isAcceptedHere.current) void flushAllDrafts().finally(() => window.location.reload());
      else setIsUpdatedElsewhere(true);
    },
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error),
  });

  useEffect(() => (registration ? installUpdateChecks(registration) : undefined), [registration]);
  useEffect(() => installPreloadErrorHandler(setPreloadFailure), []);

  const update = async () => {
    setIsUpdating(true);
    isAcceptedHere.current = true;
    await flushAllDrafts();
    await updateServiceWorker(true);
  };

  const reloadNow = async () => {
    await flushAllDrafts();
    window.location.reload();
  };

  return (
    <>
      {needRefresh && !isUpdatedElsewhere && (
        <div role="status" className="banner banner-info" data-testid="update-prompt">
          <p>{isUpdating ? t('pwa:update.updating') : t('pwa:update.available')}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void update()} disabled={isUpdating}>
              {t('pwa:update.now')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setNeedRefresh(false)} disabled={isUpdating}>
              {t('pwa:update.later')}
            </button>
          </div>
        </div>
      )}
      {isUpdatedElsewhere && (
        <div role="status" className="banner banner-info">
          <p>{t('pwa:update.updatedElsewhere')}</p>
          <button type="button" className="button" onClick={() => void reloadNow()}>
            {t('pwa:update.reload')}
          </button>
        </div>
      )}
      {offlineReady && (
        <div role="status" className="banner banner-info">
          <p>{t('pwa:offlineReady.message')}</p>
          <button type="button" className="button button-secondary" onClick={() => setOfflineReady(false)}>
            {t('pwa:offlineReady.dismiss')}
          </button>
        </div>
      )}
      {preloadFailure && (
        <div role="alert" className="banner banner-error">
          <p>{t(`pwa:preloadError.${preloadFailure}`)}</p>
          <button type="button" className="button button-secondary" onClick={() => setPreloadFailure(null)}>
            {t('pwa:preloadError.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
