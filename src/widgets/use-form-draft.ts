import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../db/app-db';
import { deleteFormDraft, hasFormDraft, readFormDraft, writeFormDraft, type FormDraft } from '../db/repos/form-drafts';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS } from '../ui/use-autosaved-text';
import { registerDraft } from '../ui/draft-registry';
import { useSaveOnHide } from '../ui/use-save-on-hide';

export interface FormDraftOffer<T extends FormDraft> {
  /** A draft left from before a crash or reload, waiting for the user's answer; null when none. */
  offered: T | null;
  /** Hands the draft back (the form puts it in its fields) and keeps it stored until saved. */
  restore: () => T | null;
  discard: () => void;
  /** Call once the form's record is saved: the draft is no longer needed. */
  clear: () => void;
}

/**
 * Keeps what is typed into a form that is not yet a record (a new client, a new recommendation…)
 * as a draft in the database, saved like autosaved text (a pause, at most AUTOSAVE_MAX_WAIT_MS
 * while typing, and when the page is hidden). After a crash or reload the form offers it back.
 * `shape` names the fields (a stored draft is read back with these keys only); `isBlank` says when
 * there is nothing worth keeping (the typed text is empty). A null key keeps no draft (a form
 * editing a record that exists: its own save is the draft).
 */
export function useFormDraft<T extends FormDraft>(
  key: string | null,
  current: T,
  shape: T,
  isBlank: (draft: T) => boolean,
): FormDraftOffer<T> {
  const [offered, setOffered] = useState<T | null>(null);
  /** Writing waits until the stored draft has been read and answered, so it is never overwritten unseen. */
  const isWritable = useRef(false);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shapeRef = useRef(shape);
  shapeRef.current = shape;
  const isBlankRef = useRef(isBlank);
  isBlankRef.current = isBlank;

  const clearTimers = () => {
    if (timer.current) clearTimeout(timer.current);
    if (maxTimer.current) clearTimeout(maxTimer.current);
    timer.current = null;
    maxTimer.current = null;
  };

  const flush = useCallback(async () => {
    clearTimers();
    const next = pending.current;
    if (next === null || !isWritable.current || key === null) return;
    pending.current = null;
    try {
      if (isBlankRef.current(next)) await deleteFormDraft(db, key);
      else await writeFormDraft(db, key, next);
    } catch {
      // A draft is a safety net: a full disk must not break the form, whose own save reports it.
    }
  }, [key]);

  useEffect(() => {
    let isCurrent = true;
    isWritable.current = false;
    if (key === null) return;
    void readFormDraft(db, key, shapeRef.current).then((draft) => {
      if (!isCurrent) return;
      if (draft && !isBlankRef.current(draft)) setOffered(draft);
      else isWritable.current = true;
    });
    return () => {
      isCurrent = false;
    };
  }, [key]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    pending.current = current;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    maxTimer.current ??= setTimeout(() => void flush(), AUTOSAVE_MAX_WAIT_MS);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a change of the fields' values is a reason to save, a new object with the same values is not
  }, [...Object.values(current), flush]);

  useSaveOnHide(flush);
  useEffect(() => {
    const unregister = registerDraft(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const restore = useCallback(() => {
    const draft = offered;
    isWritable.current = true;
    setOffered(null);
    return draft;
  }, [offered]);

  const discard = useCallback(() => {
    isWritable.current = true;
    setOffered(null);
    pending.current = null;
    clearTimers();
    if (key !== null) void deleteFormDraft(db, key).catch(() => undefined);
  }, [key]);

  const clear = useCallback(() => {
    pending.current = null;
    clearTimers();
    if (key !== null) void deleteFormDraft(db, key).catch(() => undefined);
  }, [key]);

  return { offered, restore, discard, clear };
}

/** Whether a draft is stored for this form (undefined while reading): a closed form opens to offer it. */
export function useHasFormDraft(key: string): boolean | undefined {
  const [has, setHas] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void hasFormDraft(db, key).then((value) => {
      if (isCurrent) setHas(value);
    });
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return has;
}
