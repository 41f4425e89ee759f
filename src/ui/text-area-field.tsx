import { useId, type TextareaHTMLAttributes } from 'react';
import { LONG_TEXT_MAX } from '../domain/records/limits';

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...rest}
        spellCheck={false}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
