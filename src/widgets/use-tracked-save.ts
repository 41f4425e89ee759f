import { useCallback } from 'react';
import { EditConflictError } from '../db/errors';
import { confirmDeviceHasData, rememberDeviceHasData } from '../db/repos/meta';
import { classifyStorageError } from '../db/storage';
import { useNoticesStore } from '../ui/notices-store';
import type { TextSaveResult } from '../ui/use-autosaved-text';

/**
 * Wraps a database write so that the "Saving… / Saved" status is announced and a storage
 * problem (full disk, blocked database…) reaches the user instead of being swallowed.
 * Resolves to true when the write succeeded.
 */
export function useTrackedSave(): (write: () => Promise<unknown>) => Promise<boolean> {
  const track = useTrackedTextSave();
  return useCallback(async (write) => (await track(write)) === true, [track]);
}

/**
 * useTrackedSave for a text field's save (TextSave): a write refused because the text was saved
 * elsewhere meanwhile (EditConflictError) answers that text, for the field to show as a conflict;
 * it is not a storage problem, and nothing was saved.
 */
export function useTrackedTextSave(): (write: () => Promise<unknown>) => Promise<TextSaveResult> {
  const saveStarted = useNoticesStore((s) => s.saveStarted);
  const saveFinished = useNoticesStore((s) => s.saveFinished);
  const reportStorageProblem = useNoticesStore((s) => s.reportStorageProblem);
  return useCallback(
    async (write) => {
      saveStarted();
      // "A write started" before it, "data is here" once it committed: a reload in between (the
      // demo takes a second) is not taken for data the browser removed. A write which empties the
      // device (removing the demo) clears the marker and has the last word.
      rememberDeviceHasData();
      try {
        await write();
        confirmDeviceHasData();
        saveFinished(true, Date.now());
        return true;
      } catch (error) {
        saveFinished(false, Date.now());
        if (error instanceof EditConflictError) return { conflict: error.current };
        reportStorageProblem(classifyStorageError(error));
        return false;
      }
    },
    [saveStarted, saveFinished, reportStorageProblem],
  );
}
