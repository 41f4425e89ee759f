import type { IsoDate } from '../dates';
import { draftProblems, rulesBeside, type DraftProblems, type DraftRules } from '../records/draft-problems';
import { EmployerContactDraftSchema, type EmployerContact, type EmployerContactDraft } from '../records/employers';

/*
 * The contact form's checks (issue 4, "Quality": bad input gets a clear message and nothing is
 * saved half). The field rules are the contact record's schema (issue 18); here are the form's
 * typed client codes and the rules that need today's date or the service's clients.
 */
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
/**
 * The contact form's fields: an existing contact's (client ids shown as their codes), or a new
 * contact's on `today` with the given specialist and employer.
 */
export function contactFormInput(
  initial: EmployerContact | undefined,
  defaultStaffId: string,
  employerId: string,
  codes: ReadonlyMap<string, string>,
  today: IsoDate,
): ContactFormInput {
  return {
    date: initial?.date ?? today,
    staffId: initial?.staffId ?? defaultStaffId,
    employerId: initial?.employerId ?? employerId,
    followUpDate: initial?.followUpDate ?? '',
    clientCodes: (initial?.clientIds ?? [])
      .map((id) => codes.get(id) ?? '')
      .filter(Boolean)
      .join(', '),
    outcome: initial?.outcome ?? '',
    nextStep: initial?.nextStep ?? '',
    notes: initial?.notes ?? '',
  };
}

export type ContactField = keyof ContactFormInput;

/** A contact's rules beyond the record: not after today, and codes of the service's own clients. */
export type ContactRule = 'date-in-future' | 'unknown-client';

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

export interface CheckedContact {
  draft: EmployerContactDraft;
  problems: DraftProblems<ContactField>;
  rules: DraftRules<ContactField, ContactRule>;
  /** The typed codes that are not the service's, for the message. */
  unknownCodes: string[];
}

/**
 * Checks a contact with the contact record's schema (a date, a specialist and an employer, a
 * follow-up not before the contact, text lengths and identity codes), then a date not after
 * today and client codes that are the service's own (compared case-insensitively).
 */
export function checkContactInput(
  input: ContactFormInput,
  choices: Pick<EmployerContactDraft, 'mode' | 'purpose' | 'contactPersonId'>,
  today: IsoDate,
  clientsByCode: ReadonlyMap<string, string>,
): CheckedContact {
  const clientIds: string[] = [];
  const unknownCodes: string[] = [];
  for (const code of splitClientCodes(input.clientCodes)) {
    const id = clientsByCode.get(code.toLocaleLowerCase('fi'));
    if (id === undefined) unknownCodes.push(code);
    else if (!clientIds.includes(id)) clientIds.push(id);
  }
  const draft: EmployerContactDraft = {
    date: input.date,
    staffId: input.staffId,
    employerId: input.employerId,
    contactPersonId: choices.contactPersonId,
    mode: choices.mode,
    clientIds,
    purpose: choices.purpose,
    outcome: input.outcome,
    nextStep: input.nextStep,
    followUpDate: input.followUpDate === '' ? null : input.followUpDate,
    notes: input.notes,
  };
  const { clientIds: clientProblem, ...found } = draftProblems(EmployerContactDraftSchema, draft);
  const problems: DraftProblems<ContactField> = { ...found, clientCodes: clientProblem };
  for (const field of Object.keys(problems) as ContactField[]) if (problems[field] === undefined) delete problems[field];
  const rules = rulesBeside<ContactField, ContactRule>(problems, {
    date: input.date > today ? 'date-in-future' : undefined,
    clientCodes: unknownCodes.length > 0 ? 'unknown-client' : undefined,
  });
  return { draft, problems, rules, unknownCodes };
}
