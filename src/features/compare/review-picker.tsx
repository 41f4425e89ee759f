import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { totalScore } from '../../domain/fidelity/scoring';
import type { ReviewRound } from '../../db/comparison-queries';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  rounds: readonly ReviewRound[];
  baselineId: string;
  comparedId: string;
  /** Shown next to the second field, e.g. when both name the same review. */
  error: string | null;
  onChange: (baselineId: string, comparedId: string) => void;
}

function RoundSelect(props: {
  label: string;
  value: string;
  rounds: readonly ReviewRound[];
  error?: string | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      >
        {props.rounds.map(({ review, ratings }) => {
          const score = totalScore(ratings);
          return (
            <option key={review.id} value={review.id}>
              {t('compare:picker.option', {
                date: formatDateRange(review.firstDay, review.lastDay, locale),
                status: t(`common:reviewStatus.${review.status}`),
                total: score.total,
              })}
            </option>
          );
        })}
      </select>
      {props.error && (
        <span id={`${id}-error`} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The two reviews to compare; any two of the service's reviews, in either order. */
export function ReviewPicker({ rounds, baselineId, comparedId, error, onChange }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <fieldset className="form-grid compare-picker">
      <legend className="visually-hidden">{t('compare:picker.legend')}</legend>
      <RoundSelect label={t('compare:picker.baseline')} value={baselineId} rounds={rounds} onChange={(id) => onChange(id, comparedId)} />
      <RoundSelect
        label={t('compare:picker.compared')}
        value={comparedId}
        rounds={rounds}
        error={error}
        onChange={(id) => onChange(baselineId, id)}
      />
    </fieldset>
  );
}
