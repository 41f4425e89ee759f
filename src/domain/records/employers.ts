import * as z from 'zod/mini';
import { dayNotBefore, IsoDateSchema, longText, noIdentityCode, RecordIdSchema, SHORT_TEXT_MAX, syncFields } from './base';

/*
 * Employer directory and contact log (issue 4; ../shared/domain/ips-fidelity.md §4.4 "Suggested
 * log fields"). One record per contact, and contact people as their own records, so two devices
 * never edit the same array. Free text passes the identity-code check like the caseload records.
 */
export const EMPLOYER_NAME_MAX = 200;

const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noIdentityCode);
const optionalText = (max: number) => z.string().check(z.trim(), z.maxLength(max), noIdentityCode);

const employerFields = () => ({
  name: requiredText(EMPLOYER_NAME_MAX),
  sector: optionalText(SHORT_TEXT_MAX),
  area: optionalText(SHORT_TEXT_MAX),
  notes: longText(),
});
export const EmployerSchema = z.lazy(() =>
  z.strictObject({
    ...syncFields,
    ...employerFields(),
    /** Set when this employer was merged into another as a duplicate; the record is also tombstoned. */
    mergedInto: z.nullable(RecordIdSchema),
  }),
);
export type Employer = z.infer<typeof EmployerSchema>;
export type EmployerDraft = Pick<Employer, 'name' | 'sector' | 'area' | 'notes'>;
/** What the employer forms fill in, with the stored record's rules; their messages come from here. */
export const EmployerDraftSchema = z.lazy(() => z.strictObject(employerFields()));

const contactPersonFields = () => ({ name: requiredText(SHORT_TEXT_MAX), role: optionalText(SHORT_TEXT_MAX) });
export const EmployerContactPersonSchema = z.lazy(() =>
  z.strictObject({ ...syncFields, employerId: RecordIdSchema, ...contactPersonFields() }),
);
export type EmployerContactPerson = z.infer<typeof EmployerContactPersonSchema>;
export type ContactPersonDraft = Pick<EmployerContactPerson, 'name' | 'role'>;
export const ContactPersonDraftSchema = z.lazy(() => z.strictObject(contactPersonFields()));

/** Face-to-face contacts are the ones services-6 counts; phone and e-mail do not (§4.4). */
export const CONTACT_MODES = ['face-to-face', 'phone', 'email', 'other'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

/** Purposes from §4.4 and the issue: learn needs, describe IPS, present a job seeker, follow up a hire. */
export const CONTACT_PURPOSES = ['learn-needs', 'describe-service', 'present-job-seeker', 'follow-up-hire', 'other'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

const contactFields = () => ({
  date: IsoDateSchema,
  staffId: RecordIdSchema,
  employerId: RecordIdSchema,
  contactPersonId: z.nullable(RecordIdSchema),
  mode: z.enum(CONTACT_MODES),
  /** Empty: a generic (relationship-building) contact; else the clients it was made for. */
  clientIds: z.array(RecordIdSchema),
  purpose: z.enum(CONTACT_PURPOSES),
  outcome: optionalText(2000),
  nextStep: optionalText(2000),
  followUpDate: z.nullable(IsoDateSchema),
  notes: longText(),
});
const contactChecks = () =>
  [
    dayNotBefore('date', 'followUpDate'),
    z.refine<{ clientIds: readonly string[] }>((c) => new Set(c.clientIds).size === c.clientIds.length, {
      message: 'duplicate-client',
      path: ['clientIds'],
    }),
  ] as const;
export const EmployerContactSchema = z.lazy(() => z.strictObject({ ...syncFields, ...contactFields() }).check(...contactChecks()));
/** What the contact form fills in, with the stored record's rules; its messages come from here. */
export const EmployerContactDraftSchema = z.lazy(() => z.strictObject(contactFields()).check(...contactChecks()));
export type EmployerContact = z.infer<typeof EmployerContactSchema>;
export type EmployerContactDraft = Pick<
  EmployerContact,
  | 'date'
  | 'staffId'
  | 'employerId'
  | 'contactPersonId'
  | 'mode'
  | 'clientIds'
  | 'purpose'
  | 'outcome'
  | 'nextStep'
  | 'followUpDate'
  | 'notes'
>;
