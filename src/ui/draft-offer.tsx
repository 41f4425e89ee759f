import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** "Restore draft?" above a form whose typed text was left unsaved by a crash or a reload. */
export function DraftOffer({ isShown, onRestore, onDiscard }: { isShown: boolean; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation(['common']);
  const titleId = useId();
  if (!isShown) return null;
  return (
    <div className="notice stack" role="group" aria-labelledby={titleId} data-testid="draft-offer">
      <p id={titleId}>
        <strong>{t('common:draft.title')}</strong> {t('common:draft.body')}
      </p>
      <div className="row">
        <button type="button" className="button" onClick={onRestore}>
          {t('common:draft.restore')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          {t('common:draft.discard')}
        </button>
      </div>
    </div>
  );
}
