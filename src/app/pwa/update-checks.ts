export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Asks the server for a newer service worker. Offline it does nothing, and any failure is
 * ignored: a failed check must never surface as an error (reliability.md #25); the next check
 * simply tries again.
 */
export async function checkForUpdate(registration: ServiceWorkerRegistration): Promise<void> {
  if (!navigator.onLine || registration.installing) return;
  try {
    await registration.update();
  } catch {
    // Network dropped mid-check or the server is unreachable; nothing to tell the user.
  }
}

/**
 * Checks hourly and whenever the page becomes visible again: installed iPad apps are resumed
 * rather than relaunched, so a visibility change is often the only chance (reliability.md #24).
 */
export function installUpdateChecks(registration: ServiceWorkerRegistration, intervalMs = UPDATE_CHECK_INTERVAL_MS): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') void checkForUpdate(registration);
  };
  const timer = setInterval(() => void checkForUpdate(registration), intervalMs);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
