import * as z from 'zod/mini';
import { dayNotBefore, IsoDateSchema, RecordIdSchema, syncFields } from './base';

/**
 * One absence of a staff member (annual leave, sick leave, training…), both days included. One
 * record per absence, so two devices adding absences never overwrite each other. No reason is
 * stored on purpose: the dates are all evidence needs (a specialist's working days, evidence-rules.md
 * §2), and a reason could be health information.
 */
export const StaffAbsenceSchema = z.lazy(() =>
  z
    .strictObject({
      ...syncFields,
      staffId: RecordIdSchema,
      from: IsoDateSchema,
      to: IsoDateSchema,
    })
    .check(dayNotBefore('from', 'to')),
);
export type StaffAbsence = z.infer<typeof StaffAbsenceSchema>;
export type StaffAbsenceDraft = Pick<StaffAbsence, 'from' | 'to'>;
/** The two days the absence form fills in, with the stored record's rules. */
export const StaffAbsenceDraftSchema = z.lazy(() =>
  z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }).check(dayNotBefore('from', 'to')),
);
