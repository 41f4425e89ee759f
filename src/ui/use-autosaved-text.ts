import { useCallback, useEffect, useRef, useState } from 'react';
import { registerDraft } from './draft-registry';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * A text field that saves itself a moment after typing stops, and at once on blur, when the page
 * is hidden or unloaded, and before an update. The stored value wins whenever nothing is pending.
 */
export function useAutosavedText(
  stored: string,
  save: (value: string) => Promise<unknown>,
): { value: string; onChange: (value: string) => void; flush: () => Promise<void> } {
  const [value, setValue] = useState(stored);
  const pendingValue = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const next = pendingValue.current;
    if (next === null) return;
    pendingValue.current = null;
    const result = await saveRef.current(next);
    // A failed save (full disk…) keeps the text pending, so the next blur or edit tries again.
    if (result === false && pendingValue.current === null) pendingValue.current = next;
  }, []);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      pendingValue.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Take changes from the database (another tab, a reopened review) while nothing is pending.
  useEffect(() => {
    if (pendingValue.current === null) setValue(stored);
  }, [stored]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerDraft(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flush();
    };
  }, [flush]);

  return { value, onChange, flush };
}
