import type * as z from 'zod/mini';
import { ValidationError } from './errors';

/**
 * Parses a record before it is written and returns the parsed value (schemas may normalise, e.g.
 * trim a name). Throwing inside a Dexie transaction aborts it, so nothing of the batch is kept.
 */
export function validated<S extends z.ZodMiniType>(schema: S, table: string, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(table, result.error.issues);
  return result.data;
}
