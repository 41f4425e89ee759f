import { ValidationError } from './errors';

/**
 * A reviewer's write broke a rule of independent rating (their rating is marked finished, the
 * review has no such reviewer, or the reviewer's ratings came here in their file: issue 14 #6).
 * The screens prevent all three; this is the last guard, reported as invalid data like
 * CaseloadRuleError.
 */
export class ReviewerRuleError extends ValidationError {
  constructor(
    readonly field: string,
    readonly problem: 'finished' | 'no-such-reviewer' | 'other-tablet',
  ) {
    super('reviewerRatings', [{ code: 'custom', path: [field], message: problem, input: undefined }]);
  }
}
