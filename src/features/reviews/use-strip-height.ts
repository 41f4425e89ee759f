import { useCallback, useRef } from 'react';

/**
 * A ref for the sticky strip that keeps the CSS variable --strip-height equal to its height, so
 * the page scrolls a focused control clear of it (scroll-padding, WCAG 2.2 2.4.11) however its
 * text wraps. A callback ref: the strip appears only once the review has loaded.
 */
export function useStripHeight<T extends HTMLElement>() {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((strip: T | null) => {
    const root = document.documentElement;
    observer.current?.disconnect();
    observer.current = null;
    if (!strip) {
      root.style.removeProperty('--strip-height');
      return;
    }
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(() =>
      root.style.setProperty('--strip-height', `${Math.ceil(strip.getBoundingClientRect().height)}px`),
    );
    observer.current.observe(strip);
  }, []);
}
