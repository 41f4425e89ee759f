import { useRef, useState, type FormEvent } from 'react';

/**
 * A form's submit that runs once at a time: a second tap (or Enter) while the first save is
 * still under way is ignored instead of saving the same contact, job or review twice, or being
 * checked against the records as they were before the first save and refused. `isSubmitting`
 * disables the form's button meanwhile, so the wait is visible.
 */
export function useSingleSubmit(handler: (event: FormEvent) => Promise<unknown> | void): {
  onSubmit: (event: FormEvent) => Promise<void>;
  isSubmitting: boolean;
} {
  // The ref answers at once (two taps can arrive before React renders the disabled button).
  const running = useRef(false);
  const [isSubmitting, setSubmitting] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (running.current) return;
    running.current = true;
    setSubmitting(true);
    try {
      await handler(event);
    } finally {
      running.current = false;
      setSubmitting(false);
    }
  }
  return { onSubmit, isSubmitting };
}
