import type { TFunction } from 'i18next';
import type { ReviewFileProblem } from '../../domain/consensus/review-file';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { isReviewerId, reviewerIndex } from '../../domain/records/reviewer-rating';
import { formatBytes } from '../../i18n/format';
import { recordReasonText } from '../../ui/record-reason-text';

/*
 * Keys are built from problem codes, which i18next's typed keys cannot follow; every code has a
 * message in both languages (test/features/consensus/problem-message.test.ts checks each one).
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One problem of a review file as a sentence in the user's language: which part, record, field and why. */
export function reviewFileProblemMessage(typed: TFunction, problem: ReviewFileProblem, locale: Locale): string {
  const t = typed as unknown as Translate;
  const key = `consensus.problems.${problem.code}`;
  const part = (name: string) => t(`consensus.problems.parts.${name}`);
  const record = (index: number | null) => (index === null ? '' : t('consensus.problems.recordNumber', { number: index + 1 }));
  switch (problem.code) {
    case 'too-large':
      return t(key, { size: formatBytes(problem.size, locale), max: formatBytes(problem.max, locale) });
    case 'wrong-format':
      return t(key, { format: problem.format });
    case 'future-version':
      return t(key, { version: problem.version, supported: problem.supported });
    case 'unknown-field':
      return t(key, { field: problem.field });
    case 'missing-part':
    case 'deleted-record':
      return t(key, { part: part(problem.part) });
    case 'invalid-record':
      return t(key, { part: part(problem.part), record: record(problem.index), field: problem.path, reason: recordReasonText(typed, problem, locale) });
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
