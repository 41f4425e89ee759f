import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { DraftProblems } from '../domain/records/draft-problems';
import type { RecordReason } from '../domain/transfer/backup-format';
import { formatNumber } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';

/** A form's own words for its commonest problems ("Enter the name of the service."). */
export interface DraftWording {
  required?: string;
  invalidDate?: string;
  daysReversed?: string;
  /** Any other value the field's rule refuses: a number out of its range, a choice not made. */
  invalid?: string;
}

/**
 * Says what is wrong with one field of a form, from the reason its record's schema gave
 * (domain/records/draft-problems.ts); undefined when the field is fine. A form may pass its own
 * wording for a missing value or a date; the rest is said the same way in every form.
 */
export function useDraftProblemText(): (problem: RecordReason | undefined, label: string, wording?: DraftWording) => string | undefined {
  const { t } = useTranslation(['common']);
  const locale = useLocale();
  return useCallback(
    (problem, label, wording = {}) => {
      if (!problem) return undefined;
      switch (problem.reason) {
        case 'missing':
        case 'too-short':
          return wording.required ?? t('common:form.required', { field: label });
        case 'too-long':
          return t('common:form.tooLong', { max: formatNumber(problem.max, locale, 0) });
        case 'identity-code':
          return t('common:identityCode', { field: label });
        case 'invalid-date':
          return wording.invalidDate ?? t('common:form.invalidDate');
        case 'days-reversed':
          return wording.daysReversed ?? t('common:form.daysReversed');
        default:
          return wording.invalid ?? t('common:form.invalid', { field: label });
      }
    },
    [t, locale],
  );
}

/**
 * A form's messages, field by field, from its draft's problems: `labels` names each field as the
 * form shows it, `wording` gives a field its own words for the commonest problems.
 */
export function useDraftErrors(): <Field extends string>(
  problems: DraftProblems<Field>,
  labels: Record<Field, string>,
  wording?: Partial<Record<Field, DraftWording>>,
) => Partial<Record<Field, string>> {
  const problemText = useDraftProblemText();
  return useCallback(
    <Field extends string>(
      problems: DraftProblems<Field>,
      labels: Record<Field, string>,
      wording: Partial<Record<Field, DraftWording>> = {},
    ) => {
      const found: Partial<Record<Field, string>> = {};
      for (const field of Object.keys(labels) as Field[]) {
        const message = problemText(problems[field], labels[field], wording[field]);
        if (message) found[field] = message;
      }
      return found;
    },
    [problemText],
  );
}
