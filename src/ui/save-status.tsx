import { useTranslation } from '../i18n/use-translation';
import { useNoticesStore } from './notices-store';

/** A quiet live region: "Saving…" while writes are pending, then "Saved". */
export function SaveStatus() {
  const { t } = useTranslation(['common']);
  const pending = useNoticesStore((s) => s.pendingSaves);
  const lastSavedAt = useNoticesStore((s) => s.lastSavedAt);
  const text = pending > 0 ? t('common:status.saving') : lastSavedAt ? t('common:status.saved') : '';
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
