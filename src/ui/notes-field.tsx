import { useId } from 'react';
// From limits, not base: base pulls in zod, and this field is on the scoring screen (JS budget).
import { LONG_TEXT_MAX } from '../domain/records/limits';
import { guardIdentityCode, useIdentityCodeMessage } from './identity-code-message';
import { EditConflict } from './edit-conflict';
import { useAutosavedText, type TextSave } from './use-autosaved-text';

interface Props {
  label: string;
  stored: string;
  isReadOnly: boolean;
  /** Writes the text unless the stored one is no longer `base` (see TextSave). */
  save: TextSave;
  testId?: string;
  rows?: number;
  /** Said under the label, tied to the box for screen readers. */
  hint?: string;
  className?: string;
}

/**
 * A notes box that saves itself as it is typed (the house's autosave): an item's notes, a
 * recommendation, a follow-up's note. A text holding an identity code is never saved and says why.
 */
export function NotesField({ label, stored, isReadOnly, save, testId, rows = 3, hint, className }: Props) {
  const id = useId();
  const notes = useAutosavedText(stored, guardIdentityCode(save));
  const codeMessage = useIdentityCodeMessage()(notes.value, label);
  const describedBy = [hint ? `${id}-hint` : '', codeMessage ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <textarea
        spellCheck={false}
        id={id}
        className={className}
        rows={rows}
        value={notes.value}
        maxLength={LONG_TEXT_MAX}
        readOnly={isReadOnly}
        onChange={(event) => notes.onChange(event.target.value)}
        onBlur={() => void notes.flush()}
        data-testid={testId}
        aria-invalid={codeMessage ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {codeMessage && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {codeMessage}
        </span>
      )}
      <EditConflict text={notes} fieldId={id} />
    </div>
  );
}
