import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Period } from '../../domain/evidence/evidence-input';
import { draftProblems } from '../../domain/records/draft-problems';
import { PeriodSchema } from '../../domain/records/review-evidence';
import { db } from '../../db/app-db';
import { setEvidencePeriod } from '../../db/repos/review-evidence';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

interface Props {
  reviewId: string;
  period: Period;
  isDefault: boolean;
  onDone: () => void;
}

/** Choose the period the review's evidence is computed for, or return to the default 12 months. */
export function EvidencePeriodForm({ reviewId, period, isDefault, onDone }: Props) {
  const { t } = useTranslation(['evidence']);
  const save = useTrackedSave();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const draftErrors = useDraftErrors();
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const labels = { from: t('evidence:periodForm.from'), to: t('evidence:periodForm.to') };
    const invalidDate = t('evidence:periodForm.invalidDate');
    const found = draftErrors(draftProblems(PeriodSchema, { from, to }), labels, {
      from: { invalidDate, required: invalidDate },
      to: { invalidDate, required: invalidDate, daysReversed: t('evidence:periodForm.endBeforeStart') },
    });
    setErrors(found);
    if (found.from || found.to) return;
    if (await save(() => setEvidencePeriod(db, reviewId, { from, to }, new Date()))) onDone();
  }

  async function returnToDefault() {
    if (await save(() => setEvidencePeriod(db, reviewId, null, new Date()))) onDone();
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="evidence-period-legend">
      <h4 id="evidence-period-legend">{t('evidence:periodForm.legend')}</h4>
      <div className="form-grid">
        <TextField type="date" label={t('evidence:periodForm.from')} value={from} onChange={setFrom} error={errors.from} />
        <TextField type="date" label={t('evidence:periodForm.to')} value={to} onChange={setTo} error={errors.to} />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('evidence:periodForm.save')}
        </button>
        {!isDefault && (
          <button type="button" className="button button-secondary" onClick={() => void returnToDefault()}>
            {t('evidence:periodForm.useDefault')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('evidence:periodForm.cancel')}
        </button>
      </div>
    </form>
  );
}
