import { ValidationError } from './errors';

/**
 * A reviewer's write broke a rule of independent rating (their rating is marked finished, or the
 * review has no such reviewer). The screens prevent both; this is the last guard, reported as
 * invalid data like CaseloadRuleError.
 */
export class ReviewerRuleError extends ValidationError {
  constructor(
    readonly field: string,
    readonly problem: 'finished' | 'no-such-reviewer',
  ) {
    super('reviewerRatings', [{ code: 'custom', path: [field], message: problem, input: undefined }]);
  }
}
