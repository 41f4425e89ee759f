import { useEffect, useRef } from 'react';

interface ScoreKeys {
  /** 1–5; undefined where scores cannot be changed (a final review). */
  onScore?: (score: number) => void;
  onNext: () => void;
  onPrevious: () => void;
}

/** Keys typed into a field are text, not shortcuts. */
function isTextEntry(element: EventTarget | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(element.type);
}

/**
 * The scoring screen's keys (said in the item's help): 1–5 choose the score, N opens the next
 * item and P the previous one. Not while typing in a field, with a modifier, or with a dialog open.
 */
export function useScoreKeys(keys: ScoreKeys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
      const { onScore, onNext, onPrevious } = latest.current;
      const key = event.key.toLowerCase();
      if (onScore && /^[1-5]$/.test(key)) onScore(Number(key));
      else if (key === 'n') onNext();
      else if (key === 'p') onPrevious();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Focus on the chosen score (or the first) of the item's group, or of the first unrated item in the list. */
export function focusScores(groupId: string, score?: number) {
  const group =
    document.getElementById(groupId) ??
    [...document.querySelectorAll('.review-list .score-options')].find((g) => !g.querySelector('input:checked')) ??
    document.querySelector('.review-list .score-options');
  const radio =
    group?.querySelector<HTMLInputElement>(score ? `input[value="${score}"]` : 'input:checked') ??
    group?.querySelector<HTMLInputElement>('input');
  radio?.focus();
}
