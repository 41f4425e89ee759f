import { useSyncExternalStore } from 'react';

// The width from which the item list stands beside the item (styles.css, `.item-nav`); below
// it the item list is a select above the item instead.
const WIDE_LAYOUT = '(min-width: 1200px)';

const query = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_LAYOUT) : null);

function subscribe(onChange: () => void) {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/**
 * Whether the wide layout is in use; null where the browser cannot tell (then both forms of the
 * item list are rendered and the style sheet shows one). Only the one on screen is rendered: on a
 * slow tablet the hidden one's 25 entries cost as much as the item itself.
 */
export function useIsWideLayout(): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? null,
    () => null,
  );
}
