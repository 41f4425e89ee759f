import { useId, type TextareaHTMLAttributes } from 'react';
import { LONG_TEXT_MAX } from '../domain/records/limits';
import { describedBy, LabelledField } from './text-field';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
}

/**
 * A labelled multi-line box for a form that is saved with its button (a client's, a service's, an
 * employer's notes), the counterpart of TextField: hint and error tied to it for screen readers,
 * the records' length limit, and no spelling check (a browser's spelling service may send the
 * text to a server, and these boxes hold client data). Notes that save themselves as they are
 * typed are NotesField.
 */
export function TextAreaField({ label, value, onChange, hint, error, maxLength = LONG_TEXT_MAX, ...rest }: Props) {
  const id = useId();
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
        spellCheck={false}
      />
    </LabelledField>
  );
}
