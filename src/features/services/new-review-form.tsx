import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useLocation } from 'wouter';
import { toIsoDate } from '../../domain/dates';
import { REVIEW_TYPES, type ReviewType } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { createReview } from '../../db/repos/reviews';
import { useReviewFieldCheck, type ReviewFieldErrors } from '../../ui/review-field-errors';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useSingleSubmit } from '../../ui/use-single-submit';

/** Starts a review of the service: the visit's days, the type, and one or two reviewers. */
export function NewReviewForm({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['common', 'services']);
  const [, navigate] = useLocation();
  const save = useTrackedSave();
  const today = toIsoDate(new Date());
  const [firstDay, setFirstDay] = useState(today);
  const [lastDay, setLastDay] = useState(today);
  const [type, setType] = useState<ReviewType>('external');
  const [reviewer1, setReviewer1] = useState('');
  const [reviewer2, setReviewer2] = useState('');
  const [errors, setErrors] = useState<ReviewFieldErrors>({});
  const checkFields = useReviewFieldCheck();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const { draft, errors: found } = checkFields({ firstDay, lastDay, type, reviewer1, reviewer2 });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    let reviewId = '';
    const ok = await save(async () => {
      reviewId = await createReview(db, serviceId, draft, new Date());
    });
    if (ok) navigate(`/reviews/${reviewId}`);
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form className="stack" onSubmit={single.onSubmit} noValidate aria-labelledby="new-review-title">
      <h2 id="new-review-title">{t('services:newReview.title')}</h2>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('common:reviewFields.firstDay')}
          value={firstDay}
          onChange={setFirstDay}
          error={errors.firstDay}
          required
        />
        <TextField
          type="date"
          label={t('common:reviewFields.lastDay')}
          value={lastDay}
          onChange={setLastDay}
          error={errors.lastDay}
          required
        />
      </div>
      <fieldset className="field">
        <legend>{t('services:newReview.type')}</legend>
        <div className="row">
          {REVIEW_TYPES.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="review-type" value={option} checked={type === option} onChange={() => setType(option)} />
              {t(`common:reviewTypes.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t('common:reviewFields.reviewer1')}
          value={reviewer1}
          onChange={setReviewer1}
          error={errors.reviewer1}
          required
          autoComplete="name"
        />
        <TextField
          label={t('common:reviewFields.reviewer2')}
          value={reviewer2}
          onChange={setReviewer2}
          error={errors.reviewer2}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={single.isSubmitting}>
          {t('services:newReview.create')}
        </button>
      </div>
    </form>
  );
}
