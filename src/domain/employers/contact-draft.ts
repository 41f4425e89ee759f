import { containsIdentityCode } from '../caseload/identity-code';
import { isIsoDate, type IsoDate } from '../dates';
import { LONG_TEXT_MAX } from '../records/base';

/*
 * Field checks for the contact form (issue 4, "Quality": bad input gets a clear message and nothing
 * is saved half). Every problem is returned at once, per field, as a code the UI translates.
 */
export type ContactProblem =
  'required' | 'invalid-date' | 'date-in-future' | 'follow-up-before-contact' | 'unknown-client' | 'too-long' | 'identity-code';

export interface ContactFormInput {
  date: string;
  staffId: string;
  employerId: string;
  followUpDate: string;
  /** Client codes as typed, separated by commas or spaces. */
  clientCodes: string;
  outcome: string;
  nextStep: string;
  notes: string;
}

export type ContactFormProblems = Partial<Record<keyof ContactFormInput, ContactProblem>> & { unknownCodes?: string[] };

/** Splits typed client codes on commas, semicolons or whitespace; empty parts are dropped. */
export function splitClientCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/u)
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    ),
  ];
}

function textProblem(value: string, max: number): ContactProblem | undefined {
  if (value.length > max) return 'too-long';
  return containsIdentityCode(value) ? 'identity-code' : undefined;
}

/**
 * Checks a contact: a date not after today, a specialist and an employer, a follow-up not before
 * the contact, and client codes that are the service's own (compared case-insensitively).
 * Returns the problems and, when there are none, the client ids the codes stand for.
 */
export function checkContactInput(
  input: ContactFormInput,
  today: IsoDate,
  clientsByCode: ReadonlyMap<string, string>,
): { problems: ContactFormProblems; clientIds: string[] } {
  const problems: ContactFormProblems = {};
  if (!isIsoDate(input.date)) problems.date = input.date === '' ? 'required' : 'invalid-date';
  else if (input.date > today) problems.date = 'date-in-future';
  if (input.staffId === '') problems.staffId = 'required';
  if (input.employerId === '') problems.employerId = 'required';
  if (input.followUpDate !== '') {
    if (!isIsoDate(input.followUpDate)) problems.followUpDate = 'invalid-date';
    else if (isIsoDate(input.date) && input.followUpDate < input.date) problems.followUpDate = 'follow-up-before-contact';
  }
  const clientIds: string[] = [];
  const unknown: string[] = [];
  for (const code of splitClientCodes(input.clientCodes)) {
    const id = clientsByCode.get(code.toLocaleLowerCase('fi'));
    if (id === undefined) unknown.push(code);
    else if (!clientIds.includes(id)) clientIds.push(id);
  }
  if (unknown.length > 0) {
    problems.clientCodes = 'unknown-client';
    problems.unknownCodes = unknown;
  }
  for (const field of ['outcome', 'nextStep'] as const) {
    const problem = textProblem(input[field], 2000);
    if (problem) problems[field] = problem;
  }
  const notesProblem = textProblem(input.notes, LONG_TEXT_MAX);
  if (notesProblem) problems.notes = notesProblem;
  return { problems, clientIds };
}
