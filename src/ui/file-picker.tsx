import { forwardRef, useId, type ChangeEvent } from 'react';
import { sizeProblem, type FileProblem } from '../domain/transfer/versioned-file';

export type FileRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; problems: FileProblem[] };

/**
 * Reads a file chosen by the user. The size is checked from File.size before a single byte is read
 * (reliability.md #26), so a 500 MB file chosen by mistake never fills the tablet's memory.
 */
export async function readChosenFile(file: Blob & { name?: string }, maxBytes: number): Promise<FileRead> {
  const tooLarge = sizeProblem(file.size, { maxBytes });
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    return { ok: true, name: file.name ?? '', bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
}

interface Props {
  label: string;
  /** Files larger than this are refused before reading. */
  maxBytes: number;
  /** Called with the file's bytes, or why it could not be read; `onStart` first, while it is read. */
  onRead: (read: FileRead) => void;
  onStart?: () => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/** The file input of Fidelio's imports (backups, review files): JSON files, read the same way. */
export const FilePicker = forwardRef<HTMLInputElement, Props>(function FilePicker(
  { label, maxBytes, onRead, onStart, disabled, invalid, describedBy },
  ref,
) {
  const inputId = useId();
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    onStart?.();
    onRead(await readChosenFile(file, maxBytes));
  };
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={ref}
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="file-input"
        onChange={(event) => void choose(event)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        disabled={disabled}
      />
    </div>
  );
});
