import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a refused submit, moves focus to the first field marked invalid (aria-invalid), so a
 * keyboard or screen-reader user lands on the problem instead of hunting for it (WCAG 3.3.1).
 * `focusFirstProblem` is called when a submit finds problems; the focus moves once the
 * messages are rendered.
 */
export function useFocusFirstProblem<Element extends HTMLElement = HTMLFormElement>(): {
  formRef: RefObject<Element | null>;
  focusFirstProblem: () => void;
} {
  const formRef = useRef<Element>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  return { formRef, focusFirstProblem: () => setAttempt((count) => count + 1) };
}
