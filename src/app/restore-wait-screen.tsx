import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';

/**
 * Shown at start while the database is busy with a restore that a reload cut off (issue 14 #8):
 * the browser is undoing it, and the app waits with the time so far instead of calling the
 * database broken.
 */
export function RestoreWaitScreen({ since }: { since: number }) {
  const { t } = useTranslation(['app']);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1_000));
  return (
    <main className="app-main recovery" id="main">
      <section className="panel stack" aria-labelledby="restore-wait-title" data-testid="restore-wait" data-waited-seconds={seconds}>
        <h1 id="restore-wait-title">{t('app:restoreWait.title')}</h1>
        <p>{t('app:restoreWait.body')}</p>
        <progress aria-labelledby="restore-wait-title" />
        <p role="status">{t('app:restoreWait.waited', { count: seconds })}</p>
        <p>{t('app:restoreWait.dataSafe')}</p>
      </section>
    </main>
  );
}
