import * as z from 'zod/mini';
import { containsIdentityCode } from '../caseload/identity-code';
import { isIsoDate } from '../dates';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from './limits';

/*
 * The record schemas (here and beside this file) are built on their first use, with `z.lazy`: a
 * zod schema costs its construction when its module is evaluated, and these modules come with the
 * first screens' code (the scoring screen's deferred chunk evaluated ~90 ms of schemas at 4× CPU
 * before any record was written, issue 15). The small building blocks below stay eager.
 */

/**
 * Fields every stored record carries so that it can sync later (../shared/style.md, last section):
 * a random string id, the service it belongs to, timestamps, and a tombstone instead of deletion.
 */
export const RecordIdSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const TimestampSchema = z.iso.datetime({ offset: true });
export const IsoDateSchema = z.string().check(z.refine(isIsoDate, 'invalid-date'));

export const syncFields = {
  id: RecordIdSchema,
  serviceId: RecordIdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Tombstone: set when deleted; queries skip it, and the mark can travel to other devices. */
  deletedAt: z.nullable(TimestampSchema),
};

export type SyncFields = {
  id: string;
  serviceId: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export { isLive, LONG_TEXT_MAX, SHORT_TEXT_MAX } from './limits';
/**
 * Fidelio is pseudonymous by design: no free text of any record may hold a personal identity code
 * (issue 14 #3). In the schemas, so app writes, backup restores and review files all refuse it;
 * the message is the reason code record-issues.ts turns into a problem naming the field.
 */
export const noIdentityCode = z.refine<string>((text) => !containsIdentityCode(text), 'identity-code');
export const shortText = () => z.string().check(z.maxLength(SHORT_TEXT_MAX), noIdentityCode);
export const longText = () => z.string().check(z.maxLength(LONG_TEXT_MAX), noIdentityCode);

/**
 * A record's later day may not come before its earlier one (an end before a start, a follow-up
 * before the contact). Said on the later field, and also beside the other fields' problems, so a
 * form derived from the schema shows every problem at once; a day that is not a date is left to
 * its own field's check. One rule for the record schema and its form's draft schema.
 */
export function dayNotBefore<Earlier extends string, Later extends string>(earlier: Earlier, later: Later) {
  return z.refine<Record<Earlier | Later, unknown>>(
    (record) => {
      const first = record[earlier];
      const last = record[later];
      return typeof first !== 'string' || typeof last !== 'string' || !isIsoDate(first) || !isIsoDate(last) || last >= first;
    },
    { message: 'days-reversed', path: [later], when: ({ value }) => typeof value === 'object' && value !== null },
  );
}
