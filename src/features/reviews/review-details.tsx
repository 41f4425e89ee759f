import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { REVIEW_TYPES, type Review, type ReviewType } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { updateReview } from '../../db/repos/reviews';
import { useReviewFieldCheck, type ReviewFieldErrors } from '../../ui/review-field-errors';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/** Correct the visit's days, the review type or the reviewers while the review is in progress. */
export function ReviewDetailsForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation(['common', 'reviews', 'services']);
  const save = useTrackedSave();
  const [firstDay, setFirstDay] = useState(review.firstDay);
  const [lastDay, setLastDay] = useState(review.lastDay);
  const [type, setType] = useState<ReviewType>(review.type);
  const [reviewer1, setReviewer1] = useState(review.reviewers[0] ?? '');
  const [reviewer2, setReviewer2] = useState(review.reviewers[1] ?? '');
  const [errors, setErrors] = useState<ReviewFieldErrors>({});
  const checkFields = useReviewFieldCheck();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { draft, errors: found } = checkFields({ firstDay, lastDay, type, reviewer1, reviewer2 });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (await save(() => updateReview(db, review.id, draft, new Date()))) onDone();
  }

  return (
    <form className="stack panel" onSubmit={submit} noValidate aria-labelledby="review-details-title">
      <h2 id="review-details-title">{t('reviews:screen.detailsTitle')}</h2>
      <div className="form-grid">
        <TextField type="date" label={t('common:reviewFields.firstDay')} value={firstDay} onChange={setFirstDay} error={errors.firstDay} />
        <TextField type="date" label={t('common:reviewFields.lastDay')} value={lastDay} onChange={setLastDay} error={errors.lastDay} />
      </div>
      <fieldset className="field">
        <legend>{t('services:newReview.type')}</legend>
        <div className="row">
          {REVIEW_TYPES.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="edit-review-type" checked={type === option} onChange={() => setType(option)} />
              {t(`common:reviewTypes.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField label={t('common:reviewFields.reviewer1')} value={reviewer1} onChange={setReviewer1} error={errors.reviewer1} />
        <TextField label={t('common:reviewFields.reviewer2')} value={reviewer2} onChange={setReviewer2} error={errors.reviewer2} />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('reviews:screen.saveDetails')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
