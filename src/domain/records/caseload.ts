import * as z from 'zod/mini';
import { isCompetitive } from '../caseload/competitive-job';
import { CHANGE_KINDS, CLOSURE_REASONS, PHASES } from '../caseload/phases';
import { dayNotBefore, IsoDateSchema, longText, noIdentityCode, RecordIdSchema, syncFields, TimestampSchema } from './base';

/*
 * Caseload records (issue 3). Every free text a user types about a client passes the identity-code
 * check: Fidelio is pseudonymous by design and refuses a henkilötunnus anywhere it is stored.
 */
export const CLIENT_CODE_MAX = 40;
export const NAME_MAX = 200;

const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noIdentityCode);

export const STAFF_ROLES = ['specialist', 'team-leader'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const staffFields = () => ({
  name: requiredText(NAME_MAX),
  role: z.enum(STAFF_ROLES),
  fte: z.number().check(z.gte(0), z.lte(1)),
  startDate: IsoDateSchema,
  endDate: z.nullable(IsoDateSchema),
});
const staffDays = () => dayNotBefore('startDate', 'endDate');

/** An employment specialist (työhönvalmentaja) or team leader; FTE is the share of time in client work. */
export const StaffSchema = z.lazy(() => z.strictObject({ ...syncFields, ...staffFields() }).check(staffDays()));
export type Staff = z.infer<typeof StaffSchema>;
export type StaffDraft = Pick<Staff, 'name' | 'role' | 'fte' | 'startDate' | 'endDate'>;
/** What the staff form fills in, with the stored record's rules; its messages come from here. */
export const StaffDraftSchema = z.lazy(() => z.strictObject(staffFields()).check(staffDays()));

/**
 * A client, known only by the service's own code. The current phase, closure and specialist are
 * not stored here: they follow from the dated phase changes and assignments (one record per event,
 * so two devices never overwrite each other's history).
 */
const clientFields = () => ({
  code: requiredText(CLIENT_CODE_MAX),
  referralDate: IsoDateSchema,
  /** `default:<key>` for a built-in source, else the id of the service's own referral source record. */
  referralSource: RecordIdSchema,
  /** The day the coach accepted the client onto the caseload; null while waiting. */
  startDate: z.nullable(IsoDateSchema),
  notes: longText(),
});
const clientDays = () => dayNotBefore('referralDate', 'startDate');
export const ClientSchema = z.lazy(() => z.strictObject({ ...syncFields, ...clientFields() }).check(clientDays()));
export type Client = z.infer<typeof ClientSchema>;
export type ClientDraft = Pick<Client, 'code' | 'referralDate' | 'referralSource' | 'notes'>;
/** What the client form fills in: the draft and the start (null while waiting), with the record's rules. */
export const ClientDraftSchema = z.lazy(() => z.strictObject(clientFields()).check(clientDays()));

/**
 * What is left of an erased client (issue 14 #2): no code, no notes, no dates of their own, only
 * that this id of this service was erased and when, so other copies (a backup merged later, team
 * sync) learn of it and erase their copy too. Their history, assignments and jobs are gone.
 */
export const ErasedClientSchema = z.lazy(() =>
  z.strictObject({
    id: RecordIdSchema,
    serviceId: RecordIdSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    deletedAt: TimestampSchema,
  }),
);
export type ErasedClient = z.infer<typeof ErasedClientSchema>;
/** A row of the clients table: a client, or what is left of an erased one. */
export type StoredClient = Client | ErasedClient;
/** Either shape, so a backup carries erased clients; a live client is checked field by field. */
export const StoredClientSchema = z.lazy(() => z.union([ClientSchema, ErasedClientSchema]));

export const isErasedClient = (client: StoredClient): client is ErasedClient => !('code' in client);
/** A client that is neither erased nor tombstoned (tombstones from before erasure keep their fields). */
export const isLiveClient = (client: StoredClient | undefined): client is Client =>
  client !== undefined && !isErasedClient(client) && client.deletedAt === null;

const phaseChangeFields = () => ({
  date: IsoDateSchema,
  kind: z.enum(CHANGE_KINDS),
  phase: z.nullable(z.literal(PHASES)),
  closureReason: z.nullable(z.enum(CLOSURE_REASONS)),
});
type PhaseChangeFields = { kind: string; phase: number | null; closureReason: string | null };
// Said beside the other fields' problems too, so a form shows a missing reason and a bad date at once.
const whenObject = ({ value }: { value: unknown }) => typeof value === 'object' && value !== null;
const phaseChangeChecks = () =>
  [
    z.refine<PhaseChangeFields>((c) => (c.kind === 'close' ? c.closureReason !== null && c.phase === null : c.closureReason === null), {
      message: 'closure-reason',
      path: ['closureReason'],
      when: whenObject,
    }),
    z.refine<PhaseChangeFields>((c) => c.kind !== 'move' || c.phase !== null, {
      message: 'phase-required',
      path: ['phase'],
      when: whenObject,
    }),
  ] as const;
/** One move between phases, closure or reopening of a client, dated. */
export const PhaseChangeSchema = z.lazy(() =>
  z.strictObject({ ...syncFields, clientId: RecordIdSchema, ...phaseChangeFields() }).check(...phaseChangeChecks()),
);
/** What a phase form fills in (a date and, by kind, a phase or a closure reason), with the record's rules. */
export const PhaseChangeDraftSchema = z.lazy(() => z.strictObject(phaseChangeFields()).check(...phaseChangeChecks()));
export type PhaseChange = z.infer<typeof PhaseChangeSchema>;

const assignmentFields = () => ({ staffId: z.nullable(RecordIdSchema), date: IsoDateSchema });
/** One (re)assignment of a client to a staff member (null: unassigned), dated, so the history stays. */
export const AssignmentSchema = z.lazy(() => z.strictObject({ ...syncFields, clientId: RecordIdSchema, ...assignmentFields() }));
export type Assignment = z.infer<typeof AssignmentSchema>;
/** What the reassignment form fills in, with the stored record's rules. */
export const AssignmentDraftSchema = z.lazy(() => z.strictObject(assignmentFields()));

/** The coach's four answers behind "competitive" (../caseload/competitive-job.ts). */
export const CompetitiveAnswersSchema = z.lazy(() =>
  z.strictObject({
    openMarket: z.boolean(),
    usualPay: z.boolean(),
    notReserved: z.boolean(),
    notTimeLimited: z.boolean(),
  }),
);

/**
 * A job a client holds or held, at an employer of the service's directory (schema version 10,
 * issue 15; before it the employer was free text, see ../employers/job-employers.ts). Competitive
 * follows from the coach's four answers (issue 16); a job saved before the questions has
 * `competitiveAnswers: null` and keeps the flag it was saved with.
 */
const jobFields = () => ({
  employerId: RecordIdSchema,
  title: requiredText(NAME_MAX),
  jobType: requiredText(NAME_MAX),
  startDate: IsoDateSchema,
  endDate: z.nullable(IsoDateSchema),
  hoursPerWeek: z.nullable(z.number().check(z.gt(0), z.lte(80))),
  competitive: z.boolean(),
  competitiveAnswers: z.nullable(CompetitiveAnswersSchema),
  paySubsidy: z.boolean(),
});
const jobChecks = () =>
  [
    dayNotBefore('startDate', 'endDate'),
    z.refine<{ competitive: boolean; competitiveAnswers: z.infer<typeof CompetitiveAnswersSchema> | null }>(
      (j) => j.competitiveAnswers === null || j.competitive === isCompetitive(j.competitiveAnswers),
      { message: 'competitive-answers', path: ['competitive'] },
    ),
  ] as const;
export const JobSchema = z.lazy(() => z.strictObject({ ...syncFields, clientId: RecordIdSchema, ...jobFields() }).check(...jobChecks()));
export type Job = z.infer<typeof JobSchema>;
export type JobDraft = Pick<
  Job,
  'employerId' | 'title' | 'jobType' | 'startDate' | 'endDate' | 'hoursPerWeek' | 'competitive' | 'competitiveAnswers' | 'paySubsidy'
>;
/** What the job form fills in, with the stored record's rules; its messages come from here. */
export const JobDraftSchema = z.lazy(() => z.strictObject(jobFields()).check(...jobChecks()));

const referralSourceFields = () => ({ name: requiredText(NAME_MAX) });
/** A referral source a service added to the built-in list. */
export const ReferralSourceSchema = z.lazy(() => z.strictObject({ ...syncFields, ...referralSourceFields() }));
export type ReferralSource = z.infer<typeof ReferralSourceSchema>;
/** The name a service types for its own referral source, with the stored record's rules. */
export const ReferralSourceDraftSchema = z.lazy(() => z.strictObject(referralSourceFields()));
