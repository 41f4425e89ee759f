import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  label: string;
  title: string;
  body: ReactNode;
  /** What the user must type to confirm (compared trimmed and case-insensitively). */
  expected: string;
  inputLabel: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  testId?: string;
}

const same = (typed: string, expected: string) => typed.trim().toLocaleLowerCase('fi') === expected.trim().toLocaleLowerCase('fi');

/**
 * A button for what cannot be undone (erasing a client, emptying the device): a native modal
 * dialog whose confirm button works only once the user has typed `expected`, so a stray tap or a
 * habit of clicking "OK" never erases anything.
 */
export function TypedConfirmButton({ label, title, body, expected, inputLabel, confirmLabel, onConfirm, testId }: Props) {
  const { t } = useTranslation(['common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [isBusy, setBusy] = useState(false);
  const matches = same(typed, expected);
  const close = () => {
    dialog.current?.close();
    setTyped('');
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()} data-testid={testId}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} onClose={() => setTyped('')}>
        <form
          className="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!matches || isBusy) return;
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              close();
            }
          }}
        >
          <h2 id={titleId}>{title}</h2>
          <div className="stack">{body}</div>
          <div className="field">
            <label htmlFor={inputId}>{inputLabel}</label>
            <input id={inputId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </div>
          <div className="row" style={{ justifyContent: 'flex-end' }}>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="button button-danger" disabled={!matches || isBusy} aria-busy={isBusy || undefined}>
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
