import { memo, useCallback, useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { SCORES } from '../../domain/fidelity/items';
import type { ItemText } from '../../domain/fidelity/scale-definition';

interface Props {
  name: string;
  text: ItemText;
  score: number | null;
  isReadOnly: boolean;
  /** `isTap`: chosen with a pointer (not the keyboard), so the list view may move on to the next item. */
  onChange: (score: number | null, isTap: boolean) => void;
  /** The score group's id: the skip link and the keys 1–5 find it by this. */
  id?: string;
  /** The id of the help that says which keys work, announced with the group. */
  describedBy?: string;
  /** Said under the choices when the last chosen score could not be saved and was put back. */
  error?: string | null;
}

// A press on a choice would otherwise first move focus to the nearest focusable ancestor (the
// page's main area, focusable so that a new screen can take focus) and only then, on the click, to
// the radio: two focus changes, each restyling the page, in the frame that shows the new total
// (issue 15: ~6 ms of a tap at 4x CPU). The click still checks and focuses the radio.
const keepFocusForClick = (event: MouseEvent) => event.preventDefault();

interface ChoiceProps {
  name: string;
  value: number;
  anchor: string;
  isChecked: boolean;
  onPointer: () => void;
  onChoose: (value: number) => void;
}

/** One score and what it means; renders again only when its own state changes. */
const ScoreChoice = memo(function ScoreChoice({ name, value, anchor, isChecked, onPointer, onChoose }: ChoiceProps) {
  return (
    <label className={`score-option${isChecked ? ' is-selected' : ''}`} onPointerDown={onPointer} onMouseDown={keepFocusForClick}>
      <input type="radio" name={name} value={value} checked={isChecked} onChange={() => onChoose(value)} />
      <span className="score-number" aria-hidden="true">
        {value}
      </span>
      <span className="score-anchor">
        <span className="visually-hidden">{value} – </span>
        {anchor}
      </span>
    </label>
  );
});

/**
 * One radio group per item: each option shows its score and what it means, so the reviewer reads
 * the summaries while choosing. Arrow keys move between scores, as in any radio group.
 */
export function ScoreOptions({ name, text, score, isReadOnly, onChange, id, describedBy, error }: Props) {
  const { t } = useTranslation(['reviews']);
  // Looked up once per item and language, not again on each tap.
  const legend = useMemo(() => t('reviews:item.scoreLegend', { title: text.title }), [t, text.title]);
  const clearLabel = useMemo(() => t('reviews:item.clearScore'), [t]);
  // Whether the choice now being made came from a pointer (a tap) rather than the keyboard.
  const isTap = useRef(false);
  // The same functions from one tap to the next, so that a tap renders only the two choices whose
  // state changes (issue 15: each choice rendered again was five DOM elements compared and updated).
  const markTap = useCallback(() => (isTap.current = true), []);
  const markKey = useCallback(() => (isTap.current = false), []);
  const choose = useCallback(
    (value: number) => {
      onChange(value, isTap.current);
      isTap.current = false;
    },
    [onChange],
  );
  const errorId = `${name}-error`;
  const described = [describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="score-options" disabled={isReadOnly} id={id} aria-describedby={described} onKeyDown={markKey}>
      <legend className="field-label">{legend}</legend>
      {SCORES.map((value) => (
        <ScoreChoice
          key={value}
          name={name}
          value={value}
          anchor={text.anchors[value - 1] ?? ''}
          isChecked={score === value}
          onPointer={markTap}
          onChoose={choose}
        />
      ))}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {score !== null && !isReadOnly && (
        <button type="button" className="button-link clear-score" onClick={() => onChange(null, false)}>
          {clearLabel}
        </button>
      )}
    </fieldset>
  );
}
