import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { useHasDemo } from '../../db/live/demo';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';

// The demo's records and the code that writes them load only when asked for: the empty app's
// first screen (what a new user and Lighthouse see) should not download and parse them.
const demoRepository = () => import('../../db/repos/demo');

/** Offered in the empty app: a realistic service to try everything on, removable in one step. */
export function DemoOffer() {
  const { t } = useTranslation(['services']);
  const locale = useLocale();
  const save = useTrackedSave();
  // The demo takes about a second to write: the button says so, and a second tap does nothing.
  const [isLoading, setIsLoading] = useState(false);
  const load = async () => {
    if (isLoading) return;
    setIsLoading(true);
    try {
      await save(async () => (await demoRepository()).loadDemo(db, locale, new Date()));
    } finally {
      setIsLoading(false);
    }
  };
  return (
    <div className="panel stack">
      <h2>{t('services:empty.demoTitle')}</h2>
      <p>{t('services:empty.demoBody')}</p>
      <button type="button" className="button button-secondary" disabled={isLoading} aria-busy={isLoading} onClick={() => void load()}>
        {isLoading ? t('services:empty.loadingDemo') : t('services:empty.loadDemo')}
      </button>
    </div>
  );
}

export function DemoNotice() {
  const { t } = useTranslation(['services']);
  const hasDemo = useHasDemo();
  const save = useTrackedSave();
  if (!hasDemo) return null;
  return (
    <div className="notice row-between" role="note">
      <p style={{ margin: 0 }}>{t('services:demoNotice.body')}</p>
      <ConfirmButton
        label={t('services:demoNotice.remove')}
        title={t('services:demoNotice.confirmTitle')}
        body={<p>{t('services:demoNotice.confirmBody')}</p>}
        confirmLabel={t('services:demoNotice.remove')}
        isDanger
        onConfirm={() => void save(async () => (await demoRepository()).removeDemo(db))}
      />
    </div>
  );
}
