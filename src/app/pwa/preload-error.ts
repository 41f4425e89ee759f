import { flushAllDrafts } from '../../ui/draft-registry';

export const RELOAD_GUARD_KEY = 'fidelio.preloadReloadAt';
export const RELOAD_GUARD_MS = 10_000;

/** Why the page was not reloaded: offline (a reload would fail too) or a reload just happened. */
export type PreloadFailure = 'offline' | 'recent-reload';

export interface PreloadEnv {
  isOnline: () => boolean;
  now: () => number;
  reload: () => void;
  storage: () => Storage;
}

const browserEnv: PreloadEnv = {
  isOnline: () => navigator.onLine,
  now: () => Date.now(),
  reload: () => window.location.reload(),
  storage: () => sessionStorage,
};

/**
 * Records this reload in sessionStorage unless one happened within RELOAD_GUARD_MS.
 * If the guard cannot be read or written we refuse to reload: without it a missing chunk
 * could reload the page forever.
 */
function claimReload(env: PreloadEnv): boolean {
  try {
    const storage = env.storage();
    const last = Number(storage.getItem(RELOAD_GUARD_KEY));
    const now = env.now();
    if (Number.isFinite(last) && last > 0 && now - last < RELOAD_GUARD_MS) return false;
    storage.setItem(RELOAD_GUARD_KEY, String(now));
    return true;
  } catch {
    return false;
  }
}

/**
 * A chunk of an older build is gone after a deploy (version skew, reliability.md #21).
 * Online: flush drafts, then reload once to get the new build. Offline, or again within
 * 10 s: leave the error to the route's error boundary and tell the user why.
 */
export function handlePreloadError(event: Event, onFailure: (reason: PreloadFailure) => void, env = browserEnv): void {
  if (!env.isOnline()) {
    onFailure('offline');
    return;
  }
  if (!claimReload(env)) {
    onFailure('recent-reload');
    return;
  }
  // Stops Vite from rethrowing; the page is about to be replaced anyway.
  event.preventDefault();
  void flushAllDrafts().finally(() => env.reload());
}

/** Listens for Vite's `vite:preloadError`; returns the uninstall function for an effect. */
export function installPreloadErrorHandler(onFailure: (reason: PreloadFailure) => void, env = browserEnv): () => void {
  const listener = (event: Event) => handlePreloadError(event, onFailure, env);
  window.addEventListener('vite:preloadError', listener);
  return () => window.removeEventListener('vite:preloadError', listener);
}
