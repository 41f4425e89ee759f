import { isIsoDate, type IsoDate } from '../dates';
import { CLIENT_CODE_MAX, NAME_MAX, type JobDraft, type StaffDraft } from '../records/caseload';
import { LONG_TEXT_MAX } from '../records/base';
import type { StaffAbsenceDraft } from '../records/staff-absence';
import { containsIdentityCode } from './identity-code';

/*
 * Field checks for what users type (issue 3, "Quality": a clear message next to the field).
 * The same rules guard the database writes; these return every problem at once, per field,
 * as codes the UI translates.
 */
export type FieldProblem =
  | 'required'
  | 'too-long'
  | 'invalid-date'
  | 'date-in-future'
  | 'end-before-start'
  | 'start-before-referral'
  | 'fte-range'
  | 'hours-range'
  | 'identity-code'
  | 'duplicate-code'
  /** A new job needs all four answers behind "competitive" (issue 16). */
  | 'answers-required';

export type FieldProblems<K extends string> = Partial<Record<K, FieldProblem>>;

function textProblem(value: string, max: number, isRequired: boolean): FieldProblem | undefined {
  if (isRequired && value.trim() === '') return 'required';
  if (value.length > max) return 'too-long';
  if (containsIdentityCode(value)) return 'identity-code';
  return undefined;
}

function dateProblem(value: string, today: IsoDate | null): FieldProblem | undefined {
  if (!isIsoDate(value)) return value === '' ? 'required' : 'invalid-date';
  if (today !== null && value > today) return 'date-in-future';
  return undefined;
}

/** Parses a decimal typed in either language ("0,5" or "0.5"); NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$|^\.\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

function compact<K extends string>(problems: Record<K, FieldProblem | undefined>): FieldProblems<K> {
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== undefined)) as FieldProblems<K>;
}

/** Staff: a name, FTE in client work from 0 to 1, and an end date not before the start (issue 3). */
export function checkStaffDraft(draft: StaffDraft): FieldProblems<keyof StaffDraft> {
  const endProblem =
    draft.endDate === null
      ? undefined
      : (dateProblem(draft.endDate, null) ?? (draft.endDate < draft.startDate ? 'end-before-start' : undefined));
  return compact({
    name: textProblem(draft.name, NAME_MAX, true),
    role: undefined,
    fte: Number.isFinite(draft.fte) && draft.fte >= 0 && draft.fte <= 1 ? undefined : 'fte-range',
    startDate: dateProblem(draft.startDate, null),
    endDate: endProblem,
  });
}

export interface ClientFields {
  code: string;
  referralDate: string;
  /** Empty when the client is still waiting. */
  startDate: string;
  notes: string;
}

/**
 * A client: a code unique within the service (compared trimmed and case-insensitive), without an
 * identity code; referral and start dates not in the future, the start not before the referral.
 */
export function checkClientFields(fields: ClientFields, otherCodes: readonly string[], today: IsoDate): FieldProblems<keyof ClientFields> {
  const key = normaliseCode(fields.code);
  let codeProblem = textProblem(fields.code, CLIENT_CODE_MAX, true);
  if (!codeProblem && otherCodes.some((other) => normaliseCode(other) === key)) codeProblem = 'duplicate-code';
  const referralProblem = dateProblem(fields.referralDate, today);
  let startProblem = fields.startDate === '' ? undefined : dateProblem(fields.startDate, today);
  if (!startProblem && !referralProblem && fields.startDate !== '' && fields.startDate < fields.referralDate)
    startProblem = 'start-before-referral';
  return compact({
    code: codeProblem,
    referralDate: referralProblem,
    startDate: startProblem,
    notes: textProblem(fields.notes, LONG_TEXT_MAX, false),
  });
}

/** Codes compare trimmed and case-insensitive, so "kät-014" duplicates "KÄT-014". */
export function normaliseCode(code: string): string {
  return code.trim().toLocaleUpperCase('fi');
}

/** A job: an employer of the directory, title and type, an end not before the start, hours per week above 0 and at most 80. */
export function checkJobDraft(draft: JobDraft): FieldProblems<keyof JobDraft> {
  const endProblem =
    draft.endDate === null
      ? undefined
      : (dateProblem(draft.endDate, null) ?? (draft.endDate < draft.startDate ? 'end-before-start' : undefined));
  const hours = draft.hoursPerWeek;
  return compact({
    employerId: draft.employerId.trim() === '' ? 'required' : undefined,
    title: textProblem(draft.title, NAME_MAX, true),
    jobType: textProblem(draft.jobType, NAME_MAX, true),
    startDate: dateProblem(draft.startDate, null),
    endDate: endProblem,
    hoursPerWeek: hours === null || (Number.isFinite(hours) && hours > 0 && hours <= 80) ? undefined : 'hours-range',
    competitive: undefined,
    competitiveAnswers: undefined,
    paySubsidy: undefined,
  });
}

/** Both days of an absence are needed, and it cannot end before it starts (both days count). */
export function checkAbsenceDraft(draft: StaffAbsenceDraft): FieldProblems<keyof StaffAbsenceDraft> {
  const from = dateProblem(draft.from, null);
  const to = dateProblem(draft.to, null) ?? (from === undefined && draft.to < draft.from ? 'end-before-start' : undefined);
  return compact({ from, to });
}
