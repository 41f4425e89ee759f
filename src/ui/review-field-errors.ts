import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { checkReviewFields, type ReviewDraft, type ReviewFields } from '../domain/records/review';
import { useDraftErrors } from './draft-problem-text';

export type ReviewFieldErrors = Partial<Record<'firstDay' | 'lastDay' | 'reviewer1' | 'reviewer2', string>>;

/**
 * The checks of a review's details, shared by the form that starts a review and the one that
 * corrects it: the draft to save, or the message beside each field that breaks the review's rules.
 */
export function useReviewFieldCheck(): (fields: ReviewFields) => { draft: ReviewDraft; errors: ReviewFieldErrors } {
  const { t } = useTranslation(['common']);
  const draftErrors = useDraftErrors();
  return useCallback(
    (fields: ReviewFields) => {
      const { draft, problems } = checkReviewFields(fields);
      const labels = {
        firstDay: t('common:reviewFields.firstDay'),
        lastDay: t('common:reviewFields.lastDay'),
        reviewer1: t('common:reviewFields.reviewer1'),
        reviewer2: t('common:reviewFields.reviewer2'),
      };
      return { draft, errors: draftErrors(problems, labels, { reviewer1: { required: t('common:reviewFields.reviewerRequired') } }) };
    },
    [t, draftErrors],
  );
}
