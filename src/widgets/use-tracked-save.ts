import { useCallback } from 'react';
import { confirmDeviceHasData, rememberDeviceHasData } from '../db/repos/meta';
import { classifyStorageError } from '../db/storage';
import { useNoticesStore } from '../ui/notices-store';

/**
 * Wraps a database write so that the "Saving… / Saved" status is announced and a storage
 * problem (full disk, blocked database…) reaches the user instead of being swallowed.
 * Resolves to true when the write succeeded.
 */
export function useTrackedSave(): (write: () => Promise<unknown>) => Promise<boolean> {
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
        reportStorageProblem(classifyStorageError(error));
        return false;
      }
    },
    [saveStarted, saveFinished, reportStorageProblem],
  );
}
