import { ValidationError } from './errors';

/**
 * A caseload write broke a rule that needs other records to check (a duplicate client code, a
 * phase change out of order…). It is a ValidationError, so the storage banner reports it as
 * invalid data; the forms check the same rules first and show them next to the field.
 */
export class CaseloadRuleError extends ValidationError {
  constructor(
    table: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(table, [{ code: 'custom', path: [field], message: problem, input: undefined }]);
  }
}
