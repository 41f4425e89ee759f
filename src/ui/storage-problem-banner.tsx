import { useTranslation } from 'react-i18next';
import { useNoticesStore } from './notices-store';

/** Shows the last storage problem in the user's language until dismissed; never swallowed. */
export function StorageProblemBanner() {
  const { t } = useTranslation();
  const problem = useNoticesStore((s) => s.storageProblem);
  const dismiss = useNoticesStore((s) => s.dismissStorageProblem);
  if (!problem) return null;
  return (
    <div role="alert" className="banner banner-error" data-testid="storage-problem">
      <p>{t(`common.errors.${problem}`)}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('common.errors.dismiss')}
      </button>
    </div>
  );
}
