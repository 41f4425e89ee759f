import { useEffect } from 'react';
import { checkPersistentStorage } from '../../features/settings/storage-status-store';

// Module-level so React's StrictMode double effects and remounts still ask only once per start.
let hasStarted = false;

/** Work done once when the app starts: ask the browser not to evict our data (reliability.md §0.1). */
export function useStartupChecks(): void {
  useEffect(() => {
    if (hasStarted) return;
    hasStarted = true;
    void checkPersistentStorage();
  }, []);
}
