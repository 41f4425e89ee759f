import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { useHasDemo } from '../../db/live/demo';
import { loadDemo, removeDemo } from '../../db/repos/demo';
import { useLocale } from '../../i18n/use-locale';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/**
 * Loads or removes the example service. Removal asks for confirmation inline (no modal). The load
 * and remove buttons share one DOM slot and are never disabled (aria-disabled instead), so focus
 * stays put as they swap; failures reach the user through the shared storage banner.
 */
export function DemoSection() {
  const { t } = useTranslation(['settings', 'common']);
  const locale = useLocale();
  const titleId = useId();
  const hasDemo = useHasDemo();
  const trackedSave = useTrackedSave();
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const actionRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const shouldFocus = useRef(false);

  useEffect(() => {
    if (!shouldFocus.current) return;
    shouldFocus.current = false;
    (isConfirming ? cancelRef : actionRef).current?.focus();
  }, [isConfirming, isBusy]);

  const run = async (write: () => Promise<unknown>) => {
    if (isBusy) return;
    setIsBusy(true);
    try {
      await trackedSave(write);
    } finally {
      shouldFocus.current = true;
      setIsBusy(false);
      setIsConfirming(false);
    }
  };

  const setConfirming = (next: boolean) => {
    shouldFocus.current = true;
    setIsConfirming(next);
  };

  if (hasDemo === undefined) {
    return (
      <section className="panel stack" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('settings:demo.title')}</h2>
        <p role="status">{t('common:status.loading')}</p>
      </section>
    );
  }

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:demo.title')}</h2>
      <p>{t('settings:demo.description')}</p>
      {hasDemo && <p>{t('settings:demo.loaded')}</p>}
      {hasDemo && isConfirming ? (
        <div className="stack" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t('settings:demo.confirmRemove')}</p>
          <div className="row">
            <button type="button" className="button button-danger" disabled={isBusy} onClick={() => void run(() => removeDemo(db))}>
              {t('settings:demo.confirmRemoveButton')}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="button button-secondary"
              disabled={isBusy}
              onClick={() => setConfirming(false)}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      ) : hasDemo ? (
        <button ref={actionRef} type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('settings:demo.remove')}
        </button>
      ) : (
        <button
          ref={actionRef}
          type="button"
          className="button"
          aria-disabled={isBusy}
          aria-busy={isBusy}
          onClick={() => void run(() => loadDemo(db, locale, new Date()))}
        >
          {isBusy ? t('settings:demo.loading') : t('settings:demo.load')}
        </button>
      )}
    </section>
  );
}
