import { useId } from 'react';
import { LONG_TEXT_MAX } from '../domain/records/base';
import { guardIdentityCode, useIdentityCodeMessage } from './identity-code-message';
import { EditConflict } from './edit-conflict';
import { useAutosavedText } from './use-autosaved-text';

interface Props {
  label: string;
  stored: string;
  isReadOnly: boolean;
  save: (value: string) => Promise<boolean>;
  /** The note as stored now, so a change made in another tab is noticed before it is overwritten. */
  readStored: () => Promise<string | undefined>;
  testId?: string;
  rows?: number;
}

/**
 * A notes box that saves itself as it is typed (the house's autosave): an item's notes, a
 * recommendation, a follow-up's note. A text holding an identity code is never saved and says why.
 */
export function NotesField({ label, stored, isReadOnly, save, readStored, testId, rows = 3 }: Props) {
  const id = useId();
  const notes = useAutosavedText(stored, guardIdentityCode(save), readStored);
  const codeMessage = useIdentityCodeMessage()(notes.value, label);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        spellCheck={false}
        id={id}
        rows={rows}
        value={notes.value}
        maxLength={LONG_TEXT_MAX}
        readOnly={isReadOnly}
        onChange={(event) => notes.onChange(event.target.value)}
        onBlur={() => void notes.flush()}
        data-testid={testId}
        aria-invalid={codeMessage ? true : undefined}
        aria-describedby={codeMessage ? `${id}-error` : undefined}
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
