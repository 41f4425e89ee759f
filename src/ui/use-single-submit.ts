import { useRef, useState, type FormEvent } from 'react';

/**
 * An action that saves, run once at a time: a second tap while the first save is still under
 * way is ignored instead of saving the same contact, job or move twice, or being checked against
 * the records as they were before the first save and refused. `isRunning` disables the button
 * meanwhile, so the wait is visible.
 */
export function useSingleRun<Args extends unknown[]>(
  action: (...args: Args) => Promise<unknown> | void,
): { run: (...args: Args) => Promise<void>; isRunning: boolean } {
  // The ref answers at once (two taps can arrive before React renders the disabled button).
  const running = useRef(false);
  const [isRunning, setRunning] = useState(false);
  async function run(...args: Args) {
    if (running.current) return;
    running.current = true;
    setRunning(true);
    try {
      await action(...args);
    } finally {
      running.current = false;
      setRunning(false);
    }
  }
  return { run, isRunning };
}

/** useSingleRun for a form: its submit (never the browser's own) and whether one is under way. */
export function useSingleSubmit(handler: (event: FormEvent) => Promise<unknown> | void): {
  onSubmit: (event: FormEvent) => Promise<void>;
  isSubmitting: boolean;
} {
  const single = useSingleRun(handler);
  return {
    onSubmit: (event) => {
      event.preventDefault();
      return single.run(event);
    },
    isSubmitting: single.isRunning,
  };
}
