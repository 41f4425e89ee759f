import * as z from 'zod/mini';
import { isIsoDate } from '../dates';

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

/**
 * Not a tombstone. Reads apply it to the array a query returned, not through Dexie's filter(),
 * which walks a cursor record by record instead of one getAll.
 */
export const isLive = (record: { deletedAt: string | null }): boolean => record.deletedAt === null;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
export const shortText = () => z.string().check(z.maxLength(SHORT_TEXT_MAX));
export const longText = () => z.string().check(z.maxLength(LONG_TEXT_MAX));
