import { useEffect, useState } from 'react';

// Set once the app has painted its first screen; later mounts need not wait.
let hasPainted = false;

/**
 * False until the browser has painted the screen once since the app started, then true.
 * Work that can come a moment later (the evidence panel reads a service's whole contact log)
 * waits for it, so that on a cold start the scoring screen is on screen and usable first.
 */
export function useAfterFirstPaint(): boolean {
  const [isReady, setReady] = useState(hasPainted);
  useEffect(() => {
    if (isReady) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The animation frame runs just before the paint; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        hasPainted = true;
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isReady]);
  return isReady;
}
