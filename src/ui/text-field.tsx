import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
}

/**
 * A labelled input whose hint and error are tied to it for screen readers. Spelling checks are
 * off (and autofill off unless a form asks for it): a browser's spelling service may send the
 * text of a field to a server, and these fields hold client data.
 */
export function TextField({ label, value, onChange, hint, error, type = 'text', ...rest }: Props) {
  const id = useId();
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete="off"
        {...rest}
        spellCheck={false}
      />
    </LabelledField>
  );
}

/** The ids of a field's hint and error, for its aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's label, hint and error around its control, with the ids describedBy names. */
export function LabelledField(props: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  const { id, label, hint, error, children } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {children}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
