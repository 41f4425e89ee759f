import { useEffect } from 'react';

/**
 * Saves when the page is hidden or left (tablet locked, app switched, tab closed): the last
 * moments a browser gives before it may be killed without any further event.
 */
export function useSaveOnHide(save: () => unknown): void {
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const onPageHide = () => void save();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [save]);
}
