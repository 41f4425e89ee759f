import { useId } from 'react';
import { LONG_TEXT_MAX } from '../../domain/records/base';
import { useAutosavedText } from '../../ui/use-autosaved-text';

interface Props {
  label: string;
  stored: string;
  isReadOnly: boolean;
  save: (value: string) => Promise<boolean>;
  testId?: string;
}

/** A notes box that saves itself as it is typed (the house's autosave), for one item. */
export function NotesField({ label, stored, isReadOnly, save, testId }: Props) {
  const id = useId();
  const notes = useAutosavedText(stored, save);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        spellCheck={false}
        id={id}
        rows={3}
        value={notes.value}
        maxLength={LONG_TEXT_MAX}
        readOnly={isReadOnly}
        onChange={(event) => notes.onChange(event.target.value)}
        onBlur={() => void notes.flush()}
        data-testid={testId}
      />
    </div>
  );
}
