import { useTranslation } from '../i18n/use-translation';
import type { AutosavedText } from './use-autosaved-text';

/**
 * Shown under a text field whose record was saved elsewhere (another tab or window) while this
 * field had unsaved edits: the other text, and the choice of which one stays. Until the user
 * chooses, neither text overwrites the other.
 */
export function EditConflict({ text, fieldId }: { text: Pick<AutosavedText, 'conflict' | 'keepMine' | 'takeTheirs'>; fieldId: string }) {
  const { t } = useTranslation(['common']);
  if (text.conflict === null) return null;
  return (
    <div className="notice notice-error stack" role="alert" data-testid="edit-conflict" id={`${fieldId}-conflict`}>
      <p>{t('common:conflict.changedElsewhere')}</p>
      <p className="small">{t('common:conflict.theirText')}</p>
      <blockquote className="conflict-text" data-testid="edit-conflict-theirs">
        {text.conflict === '' ? t('common:conflict.empty') : text.conflict}
      </blockquote>
      <div className="row">
        <button type="button" className="button" onClick={() => void text.keepMine()}>
          {t('common:conflict.keepMine')}
        </button>
        <button type="button" className="button button-secondary" onClick={text.takeTheirs}>
          {t('common:conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
