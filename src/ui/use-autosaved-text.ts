import { useCallback, useEffect, useRef, useState } from 'react';
import { registerDraft } from './draft-registry';
import { useSaveOnHide } from './use-save-on-hide';

export const AUTOSAVE_DELAY_MS = 400;
/**
 * Steady typing never pauses for the delay above, so a save also comes at most this long after the
 * first unsaved key (issue 14 #4): a killed app loses at most about the last second of typing. Not
 * more than 400 ms: on a busy device the write itself can take half a second, and with 700 ms a
 * kill lost keys typed 1.1 s before it (CI, load 6 on 2 cores; 1 of 4 runs with the CPU 20× slower).
 */
export const AUTOSAVE_MAX_WAIT_MS = 400;

/** What a text save answers: saved, not saved (kept to try again), or the other text found stored (nothing written). */
export type TextSaveResult = boolean | { readonly conflict: string };
/**
 * Saves `value` unless the stored text is no longer `base`, the text this edit started from: then
 * it writes nothing and answers the stored text. The check belongs in the write's own
 * transaction, so that no save from another tab can land between the check and the write.
 */
export type TextSave = (value: string, base: string) => Promise<TextSaveResult>;

export interface AutosavedText {
  value: string;
  onChange: (value: string) => void;
  flush: () => Promise<void>;
  /** The text saved elsewhere (another tab or window) while this field had unsaved edits; null when none. */
  conflict: string | null;
  /** Saves this field's text over the other one. */
  keepMine: () => Promise<void>;
  /** Drops this field's edits and shows the other text. */
  takeTheirs: () => void;
}

/**
 * A text field that saves itself a moment after typing stops (and at least every
 * AUTOSAVE_MAX_WAIT_MS while typing goes on), at once on blur, when the page is hidden or
 * unloaded, and before an update. The stored value wins whenever nothing is pending. When the
 * record changes under unsaved edits (another tab saved the same field), nothing is overwritten
 * either way: the field reports a conflict and waits for the user's choice. The live query tells
 * of most such changes; `save` itself refuses the rest (one saved a moment ago in another tab,
 * which this tab's live query has not heard of yet).
 */
export function useAutosavedText(stored: string, save: TextSave): AutosavedText {
  const [value, setValue] = useState(stored);
  const [conflict, setConflict] = useState<string | null>(null);
  const valueRef = useRef(stored);
  const conflictRef = useRef<string | null>(null);
  /** The stored text this field's edits started from. */
  const base = useRef(stored);
  /** The text of the save under way, so its echo from the live query is not taken for a conflict. */
  const sending = useRef<string | null>(null);
  const pendingValue = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const raiseConflict = useCallback((theirs: string) => {
    conflictRef.current = theirs;
    setConflict(theirs);
  }, []);

  const clearTimers = () => {
    if (timer.current) clearTimeout(timer.current);
    if (maxTimer.current) clearTimeout(maxTimer.current);
    timer.current = null;
    maxTimer.current = null;
  };

  const saveNow = useCallback(async () => {
    clearTimers();
    const next = pendingValue.current;
    if (next === null || conflictRef.current !== null) return;
    pendingValue.current = null;
    sending.current = next;
    const result = await saveRef.current(next, base.current);
    sending.current = null;
    if (result === true) {
      base.current = next;
      return;
    }
    // Not saved (a full disk, or the other text found stored): kept pending, so that the next blur
    // or edit, or the user's choice in the conflict, saves it.
    if (pendingValue.current === null) pendingValue.current = next;
    if (result !== false) raiseConflict(result.conflict);
  }, [raiseConflict]);

  // One save at a time: the max-wait and the pause timers, a blur and a pagehide may all ask at once.
  const flush = useCallback(() => {
    queue.current = queue.current.then(saveNow, saveNow);
    return queue.current;
  }, [saveNow]);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      valueRef.current = next;
      pendingValue.current = next;
      if (conflictRef.current !== null) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      maxTimer.current ??= setTimeout(() => void flush(), AUTOSAVE_MAX_WAIT_MS);
    },
    [flush],
  );

  // Changes from the database (another tab, a reopened review): taken while nothing is unsaved here.
  useEffect(() => {
    if (stored === base.current || stored === sending.current) {
      base.current = stored;
      return;
    }
    const hasEdits = pendingValue.current !== null || valueRef.current !== base.current || sending.current !== null;
    if (!hasEdits || stored === valueRef.current) {
      base.current = stored;
      setValue(stored);
      valueRef.current = stored;
      return;
    }
    raiseConflict(stored);
  }, [stored, raiseConflict]);

  const keepMine = useCallback(async () => {
    const theirs = conflictRef.current;
    if (theirs === null) return;
    base.current = theirs;
    conflictRef.current = null;
    setConflict(null);
    pendingValue.current = valueRef.current;
    await flush();
  }, [flush]);

  const takeTheirs = useCallback(() => {
    const theirs = conflictRef.current;
    if (theirs === null) return;
    clearTimers();
    pendingValue.current = null;
    base.current = theirs;
    valueRef.current = theirs;
    conflictRef.current = null;
    setValue(theirs);
    setConflict(null);
  }, []);

  useSaveOnHide(flush);
  useEffect(() => {
    const unregister = registerDraft(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  return { value, onChange, flush, conflict, keepMine, takeTheirs };
}
