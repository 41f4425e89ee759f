import type { IsoDate } from '../dates';
import { ClientDraftSchema, type ClientDraft } from '../records/caseload';
import { draftProblems, rulesBeside, type DraftProblems, type DraftRules } from '../records/draft-problems';

/*
 * What the caseload forms need beside their records' schemas (issue 18: form errors derived from
 * the zod schemas, domain/records/draft-problems.ts). The field rules themselves live only in the
 * schemas; here are the typed-text parsing and the rules that need the service's other records
 * or today's date.
 */

/** Parses a decimal typed in either language ("0,5" or "0.5"); NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$|^\.\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Codes compare trimmed and case-insensitive, so "kät-014" duplicates "KÄT-014". */
export function normaliseCode(code: string): string {
  return code.trim().toLocaleUpperCase('fi');
}

/** The client form as typed; the start is empty while the client is waiting. */
export interface ClientFields {
  code: string;
  referralDate: string;
  referralSource: string;
  startDate: string;
  notes: string;
}
export type ClientField = keyof ClientFields;

/** A client's rules beyond the record: a code the service has not used, no day after today. */
export type ClientRule = 'duplicate-code' | 'date-in-future';

/**
 * The client form's checks: the client record's schema (a code without an identity code, real
 * dates, a start not before the referral…), then a code unique within the service (compared
 * trimmed and case-insensitive) and referral and start not after today.
 */
export function checkClientFields(
  fields: ClientFields,
  otherCodes: readonly string[],
  today: IsoDate,
): { draft: ClientDraft; problems: DraftProblems<ClientField>; rules: DraftRules<ClientField, ClientRule> } {
  const startDate = fields.startDate === '' ? null : fields.startDate;
  const problems = draftProblems<ClientField>(ClientDraftSchema, { ...fields, startDate });
  const key = normaliseCode(fields.code);
  const rules = rulesBeside<ClientField, ClientRule>(problems, {
    code: otherCodes.some((other) => normaliseCode(other) === key) ? 'duplicate-code' : undefined,
    referralDate: fields.referralDate > today ? 'date-in-future' : undefined,
    startDate: startDate !== null && startDate > today ? 'date-in-future' : undefined,
  });
  const draft = { code: fields.code.trim(), referralDate: fields.referralDate, referralSource: fields.referralSource, notes: fields.notes };
  return { draft, problems, rules };
}
