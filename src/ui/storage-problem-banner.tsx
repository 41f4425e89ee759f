import { useTranslation } from '../i18n/use-translation';
import { useNoticesStore } from './notices-store';

/** The browser closed the database under us (site data cleared): stop everything until a reload. */
function DataRemovedOverlay() {
  const { t } = useTranslation(['app', 'common']);
  return (
    <div className="blocking-overlay">
      <section
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="data-removed-title"
        aria-describedby="data-removed-body"
        className="panel stack"
        data-testid="data-removed"
      >
        <h1 id="data-removed-title">{t('app:recovery.closedTitle')}</h1>
        <p id="data-removed-body">{t('app:recovery.closedBody')}</p>
        <button type="button" className="button" autoFocus onClick={() => window.location.reload()}>
          {t('app:recovery.reload')}
        </button>
      </section>
    </div>
  );
}

/** Shows the last storage problem in the user's language until dismissed; never swallowed. */
export function StorageProblemBanner() {
  const { t } = useTranslation(['app', 'common']);
  const problem = useNoticesStore((s) => s.storageProblem);
  const dismiss = useNoticesStore((s) => s.dismissStorageProblem);
  if (!problem) return null;
  if (problem === 'database-closed') return <DataRemovedOverlay />;
  return (
    <div role="alert" className="banner banner-error" data-testid="storage-problem">
      <p>{t(`common:errors.${problem}`)}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('common:errors.dismiss')}
      </button>
    </div>
  );
}
