import { useTranslation } from '../../i18n/use-translation';
import { SCORES } from '../../domain/fidelity/items';

interface Props {
  name: string;
  legend: string;
  score: number | null;
  isReadOnly: boolean;
  onChange: (score: number | null) => void;
  /** Read out with each number, e.g. the anchors; the numbers alone are shown. */
  describe?: (score: number) => string;
}

/** A compact 1–5 radio group with 44 px targets, for lists where the anchors are shown apart. */
export function ScorePicker({ name, legend, score, isReadOnly, onChange, describe }: Props) {
  const { t } = useTranslation(['consensus']);
  return (
    <fieldset className="score-picker" disabled={isReadOnly}>
      <legend className="field-label">{legend}</legend>
      <div className="score-picker-options">
        {SCORES.map((value) => (
          <label key={value} className={`score-picker-option${score === value ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={value} checked={score === value} onChange={() => onChange(value)} />
            <span>{value}</span>
            {describe && <span className="visually-hidden"> – {describe(value)}</span>}
          </label>
        ))}
        {score !== null && !isReadOnly && (
          <button type="button" className="button-link score-picker-clear" onClick={() => onChange(null)}>
            {t('consensus:item.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
