import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { isIsoDate, toIsoDate } from '../../domain/dates';
import { SHORT_TEXT_MAX } from '../../domain/records/base';
import { REVIEW_TYPES, type ReviewDraft, type ReviewType } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { createReview } from '../../db/repos/reviews';
import { useIdentityCodeMessage } from '../../ui/identity-code-message';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

type Errors = Partial<Record<'firstDay' | 'lastDay' | 'reviewer1' | 'reviewer2', string>>;

/** Starts a review of the service: the visit's days, the type, and one or two reviewers. */
export function NewReviewForm({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const save = useTrackedSave();
  const today = toIsoDate(new Date());
  const [firstDay, setFirstDay] = useState(today);
  const [lastDay, setLastDay] = useState(today);
  const [type, setType] = useState<ReviewType>('external');
  const [reviewer1, setReviewer1] = useState('');
  const [reviewer2, setReviewer2] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const identityCode = useIdentityCodeMessage();

  function validate(): Errors {
    const found: Errors = {};
    if (!isIsoDate(firstDay)) found.firstDay = t('services.newReview.invalidDate');
    if (!isIsoDate(lastDay)) found.lastDay = t('services.newReview.invalidDate');
    else if (isIsoDate(firstDay) && lastDay < firstDay) found.lastDay = t('services.newReview.lastBeforeFirst');
    if (reviewer1.trim() === '') found.reviewer1 = t('services.newReview.reviewerRequired');
    if (reviewer1.length > SHORT_TEXT_MAX) found.reviewer1 = t('services.form.tooLong', { max: SHORT_TEXT_MAX });
    if (reviewer2.length > SHORT_TEXT_MAX) found.reviewer2 = t('services.form.tooLong', { max: SHORT_TEXT_MAX });
    const code1 = identityCode(reviewer1, t('services.newReview.reviewer1'));
    const code2 = identityCode(reviewer2, t('services.newReview.reviewer2'));
    if (code1) found.reviewer1 = code1;
    if (code2) found.reviewer2 = code2;
    return found;
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const draft: ReviewDraft = {
      firstDay,
      lastDay,
      type,
      reviewers: [reviewer1, reviewer2].map((name) => name.trim()).filter(Boolean),
    };
    let reviewId = '';
    const ok = await save(async () => {
      reviewId = await createReview(db, serviceId, draft, new Date());
    });
    if (ok) navigate(`/reviews/${reviewId}`);
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-labelledby="new-review-title">
      <h2 id="new-review-title">{t('services.newReview.title')}</h2>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('services.newReview.firstDay')}
          value={firstDay}
          onChange={setFirstDay}
          error={errors.firstDay}
          required
        />
        <TextField
          type="date"
          label={t('services.newReview.lastDay')}
          value={lastDay}
          onChange={setLastDay}
          error={errors.lastDay}
          required
        />
      </div>
      <fieldset className="field">
        <legend>{t('services.newReview.type')}</legend>
        <div className="row">
          {REVIEW_TYPES.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="review-type" value={option} checked={type === option} onChange={() => setType(option)} />
              {t(`common.reviewTypes.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t('services.newReview.reviewer1')}
          value={reviewer1}
          onChange={setReviewer1}
          error={errors.reviewer1}
          required
          autoComplete="name"
        />
        <TextField
          label={t('services.newReview.reviewer2')}
          value={reviewer2}
          onChange={setReviewer2}
          error={errors.reviewer2}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button">
          {t('services.newReview.create')}
        </button>
      </div>
    </form>
  );
}
