import { useMemo, useRef } from 'react';
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
  const errorId = `${name}-error`;
  const described = [describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className="score-options"
      disabled={isReadOnly}
      id={id}
      aria-describedby={described}
      onKeyDown={() => (isTap.current = false)}
    >
      <legend className="field-label">{legend}</legend>
      {SCORES.map((value) => (
        <label
          key={value}
          className={`score-option${score === value ? ' is-selected' : ''}`}
          onPointerDown={() => (isTap.current = true)}
          // A press on a choice would otherwise first move focus to the nearest focusable ancestor
          // (the page's main area, focusable so that a new screen can take focus) and only then,
          // on the click, to the radio: two focus changes, each restyling the page, in the frame
          // that shows the new total (issue 15: ~6 ms of a tap at 4x CPU). The click still checks
          // and focuses the radio.
          onMouseDown={(event) => event.preventDefault()}
        >
          <input
            type="radio"
            name={name}
            value={value}
            checked={score === value}
            onChange={() => {
              onChange(value, isTap.current);
              isTap.current = false;
            }}
          />
          <span className="score-number" aria-hidden="true">
            {value}
          </span>
          <span className="score-anchor">
            <span className="visually-hidden">{value} – </span>
            {text.anchors[value - 1]}
          </span>
        </label>
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
