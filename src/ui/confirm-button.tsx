import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  label: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  isDanger?: boolean;
  disabled?: boolean;
  className?: string;
}

/** A button that asks first, in a native modal dialog (focus is trapped and returned by the browser). */
export function ConfirmButton({ label, title, body, confirmLabel, onConfirm, isDanger, disabled, className }: Props) {
  const { t } = useTranslation(['common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const confirmClass = isDanger ? 'button button-danger' : 'button';
  return (
    <>
      <button
        type="button"
        className={className ?? (isDanger ? 'button button-secondary' : 'button')}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <div className="stack">{body}</div>
        <div className="row" style={{ marginTop: 16, justifyContent: 'flex-end' }}>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className={confirmClass}
            onClick={async () => {
              dialog.current?.close();
              await onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
