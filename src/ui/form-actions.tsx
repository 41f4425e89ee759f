import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  submitLabel: string;
  /** Shown only when the form can be left without saving (editing, or a form opened on request). */
  onCancel?: () => void;
  isSubmitting?: boolean;
  /** Said after the buttons, e.g. a save's outcome. */
  children?: ReactNode;
}

/** A form's save button and, when it can be left, its cancel button, in the house's order. */
export function FormActions({ submitLabel, onCancel, isSubmitting = false, children }: Props) {
  const { t } = useTranslation(['common']);
  return (
    <div className="row">
      <button type="submit" className="button" disabled={isSubmitting}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
