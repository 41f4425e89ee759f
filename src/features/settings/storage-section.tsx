import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { checkPersistentStorage, useStorageStatusStore } from './storage-status-store';
import { estimateStorage } from '../../db/storage';
import { formatBytes } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

type Estimate = { usage: number; quota: number } | null | undefined;

function PersistenceStatus() {
  const { t } = useTranslation(['settings']);
  const persistence = useStorageStatusStore((s) => s.persistence);
  if (persistence === null) return <p>{t('settings:storage.checking')}</p>;
  if (persistence === 'granted') return <p className="notice">{t('settings:storage.granted')}</p>;
  return (
    <div className="notice notice-warning">
      <p>{t('settings:storage.notProtected')}</p>
      <p>{t('settings:storage.notProtectedAdvice')}</p>
    </div>
  );
}

function SpaceUsed({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation(['settings']);
  const locale = useLocale();
  if (estimate === undefined) return <p>{t('settings:storage.checking')}</p>;
  if (estimate === null || estimate.quota <= 0) return <p>{t('settings:storage.spaceUnknown')}</p>;
  const available = Math.max(0, estimate.quota - estimate.usage);
  return (
    <p>
      {t('settings:storage.space', {
        used: formatBytes(estimate.usage, locale),
        available: formatBytes(available, locale),
      })}
    </p>
  );
}

/** Shows whether the browser may evict our data, and how much room is left (reliability.md #7). */
export function StorageSection() {
  const { t } = useTranslation(['settings']);
  const titleId = useId();
  const [estimate, setEstimate] = useState<Estimate>(undefined);
  const [isAsking, setIsAsking] = useState(false);

  const refreshEstimate = useCallback(async () => setEstimate(await estimateStorage()), []);

  useEffect(() => {
    void refreshEstimate();
  }, [refreshEstimate]);

  const askAgain = async () => {
    setIsAsking(true);
    try {
      await checkPersistentStorage();
      await refreshEstimate();
    } finally {
      setIsAsking(false);
    }
  };

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:storage.title')}</h2>
      <div aria-live="polite" className="stack">
        <PersistenceStatus />
        <SpaceUsed estimate={estimate} />
      </div>
      <button type="button" className="button button-secondary" onClick={() => void askAgain()} disabled={isAsking}>
        {t('settings:storage.askAgain')}
      </button>
    </section>
  );
}
