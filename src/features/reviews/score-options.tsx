import { useTranslation } from 'react-i18next';
import { SCORES } from '../../domain/fidelity/items';
import type { ItemText } from '../../domain/fidelity/scale-definition';

interface Props {
  name: string;
  text: ItemText;
  score: number | null;
  isReadOnly: boolean;
  onChange: (score: number | null) => void;
}

/**
 * One radio group per item: each option shows its score and what it means, so the reviewer reads
 * the summaries while choosing. Arrow keys move between scores, as in any radio group.
 */
export function ScoreOptions({ name, text, score, isReadOnly, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="score-options" disabled={isReadOnly}>
      <legend className="field-label">{t('reviews.item.scoreLegend', { title: text.title })}</legend>
      {SCORES.map((value) => (
        <label key={value} className={`score-option${score === value ? ' is-selected' : ''}`}>
          <input type="radio" name={name} value={value} checked={score === value} onChange={() => onChange(value)} />
          <span className="score-number" aria-hidden="true">
            {value}
          </span>
          <span className="score-anchor">
            <span className="visually-hidden">{value} – </span>
            {text.anchors[value - 1]}
          </span>
        </label>
      ))}
      {score !== null && !isReadOnly && (
        <button type="button" className="button-link" onClick={() => onChange(null)}>
          {t('reviews.item.clearScore')}
        </button>
      )}
    </fieldset>
  );
}
