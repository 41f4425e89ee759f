import * as z from 'zod/mini';
import { CHANGE_KINDS, CLOSURE_REASONS, PHASES } from '../caseload/phases';
import { IsoDateSchema, longText, noIdentityCode, RecordIdSchema, syncFields } from './base';

/*
 * Caseload records (issue 3). Every free text a user types about a client passes the identity-code
 * check: Fidelio is pseudonymous by design and refuses a henkilötunnus anywhere it is stored.
 */
export const CLIENT_CODE_MAX = 40;
export const NAME_MAX = 200;

const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noIdentityCode);

export const STAFF_ROLES = ['specialist', 'team-leader'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An employment specialist (työhönvalmentaja) or team leader; FTE is the share of time in client work. */
export const StaffSchema = z
  .strictObject({
    ...syncFields,
    name: requiredText(NAME_MAX),
    role: z.enum(STAFF_ROLES),
    fte: z.number().check(z.gte(0), z.lte(1)),
    startDate: IsoDateSchema,
    endDate: z.nullable(IsoDateSchema),
  })
  .check(z.refine((s) => s.endDate === null || s.endDate >= s.startDate, { message: 'end-before-start', path: ['endDate'] }));
export type Staff = z.infer<typeof StaffSchema>;
export type StaffDraft = Pick<Staff, 'name' | 'role' | 'fte' | 'startDate' | 'endDate'>;

/**
 * A client, known only by the service's own code. The current phase, closure and specialist are
 * not stored here: they follow from the dated phase changes and assignments (one record per event,
 * so two devices never overwrite each other's history).
 */
export const ClientSchema = z
  .strictObject({
    ...syncFields,
    code: requiredText(CLIENT_CODE_MAX),
    referralDate: IsoDateSchema,
    /** `default:<key>` for a built-in source, else the id of the service's own referral source record. */
    referralSource: RecordIdSchema,
    /** The day the coach accepted the client onto the caseload; null while waiting. */
    startDate: z.nullable(IsoDateSchema),
    notes: longText(),
  })
  .check(z.refine((c) => c.startDate === null || c.startDate >= c.referralDate, { message: 'start-before-referral', path: ['startDate'] }));
export type Client = z.infer<typeof ClientSchema>;
export type ClientDraft = Pick<Client, 'code' | 'referralDate' | 'referralSource' | 'notes'>;

/** One move between phases, closure or reopening of a client, dated. */
export const PhaseChangeSchema = z
  .strictObject({
    ...syncFields,
    clientId: RecordIdSchema,
    date: IsoDateSchema,
    kind: z.enum(CHANGE_KINDS),
    phase: z.nullable(z.literal(PHASES)),
    closureReason: z.nullable(z.enum(CLOSURE_REASONS)),
  })
  .check(
    z.refine((c) => (c.kind === 'close' ? c.closureReason !== null && c.phase === null : c.closureReason === null), {
      message: 'closure-reason',
      path: ['closureReason'],
    }),
    z.refine((c) => c.kind !== 'move' || c.phase !== null, { message: 'phase-required', path: ['phase'] }),
  );
export type PhaseChange = z.infer<typeof PhaseChangeSchema>;

/** One (re)assignment of a client to a staff member (null: unassigned), dated, so the history stays. */
export const AssignmentSchema = z.strictObject({
  ...syncFields,
  clientId: RecordIdSchema,
  staffId: z.nullable(RecordIdSchema),
  date: IsoDateSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** A job a client holds or held. Competitive = open labour market at ordinary pay. */
export const JobSchema = z
  .strictObject({
    ...syncFields,
    clientId: RecordIdSchema,
    employer: requiredText(NAME_MAX),
    title: requiredText(NAME_MAX),
    jobType: requiredText(NAME_MAX),
    startDate: IsoDateSchema,
    endDate: z.nullable(IsoDateSchema),
    hoursPerWeek: z.nullable(z.number().check(z.gt(0), z.lte(80))),
    competitive: z.boolean(),
    paySubsidy: z.boolean(),
  })
  .check(z.refine((j) => j.endDate === null || j.endDate >= j.startDate, { message: 'end-before-start', path: ['endDate'] }));
export type Job = z.infer<typeof JobSchema>;
export type JobDraft = Pick<Job, 'employer' | 'title' | 'jobType' | 'startDate' | 'endDate' | 'hoursPerWeek' | 'competitive' | 'paySubsidy'>;

/** A referral source a service added to the built-in list. */
export const ReferralSourceSchema = z.strictObject({
  ...syncFields,
  name: requiredText(NAME_MAX),
});
export type ReferralSource = z.infer<typeof ReferralSourceSchema>;
