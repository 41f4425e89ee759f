import type { AnyNamespaceT } from '../../i18n/translate';
import type { ReviewFileProblem } from '../../domain/consensus/review-file';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { isReviewerId, reviewerIndex } from '../../domain/records/reviewer-rating';
import { isFileProblem } from '../../domain/transfer/versioned-file';
import { fileProblemMessage } from '../../ui/file-problem-message';
import { recordReasonText } from '../../ui/record-reason-text';

/*
 * Keys are built from problem codes, which i18next's typed keys cannot follow; every code has a
 * message in both languages (test/features/consensus/problem-message.test.ts checks each one).
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One problem of a review file as a sentence in the user's language: which part, record, field and why. */
export function reviewFileProblemMessage(typed: AnyNamespaceT, problem: ReviewFileProblem, locale: Locale): string {
  if (isFileProblem(problem)) return fileProblemMessage(typed, problem, locale, 'reviewFile');
  const t = typed as unknown as Translate;
  const key = `consensus:problems.${problem.code}`;
  const part = (name: string) => t(`consensus:problems.parts.${name}`);
  const record = (index: number | null) => (index === null ? '' : t('consensus:problems.recordNumber', { number: index + 1 }));
  switch (problem.code) {
    case 'missing-part':
    case 'deleted-record':
      return t(key, { part: part(problem.part) });
    case 'invalid-record':
      return t(key, {
        part: part(problem.part),
        record: record(problem.index),
        field: problem.path,
        reason: recordReasonText(typed, problem, locale),
      });
    case 'mismatch':
      return t(key, { part: part(problem.part), record: record(problem.index), field: problem.field });
    case 'foreign-record':
      return t(key, { part: part(problem.part), record: record(problem.index), field: problem.field });
    case 'unconfirmed-changes':
      return t(key, { count: problem.count });
    case 'visit-reviewer-missing':
      return t(key, { name: problem.name });
    case 'duplicate-item':
      return t(key, { record: record(problem.index), item: problem.itemId });
    case 'reviewer-not-in-review':
      return t(key, { number: isReviewerId(problem.reviewerId) ? reviewerIndex(problem.reviewerId) + 1 : problem.reviewerId });
    default:
      return t(key);
  }
}
