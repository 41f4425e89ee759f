import type * as z from 'zod/mini';
import type { RecordReason } from './backup-format';

type ZodIssue = z.core.$ZodIssue;

export interface FieldIssue {
  path: string;
  detail: RecordReason;
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The schemas' own refinements name their reason in the message (records/base.ts, records/review.ts). */
const CUSTOM_REASONS = ['identity-code', 'invalid-date', 'days-reversed'] as const;
function customReason(message: string): RecordReason {
  const known = CUSTOM_REASONS.find((reason) => reason === message);
  return known ? { reason: known } : { reason: 'invalid' };
}

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function sizeReason(issue: ZodIssue & { code: 'too_big' | 'too_small' }): RecordReason {
  const isLength = issue.origin === 'string' || issue.origin === 'array';
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return isLength ? { reason: 'too-long', max } : { reason: 'too-large', max };
  }
  const min = Number(issue.minimum);
  return isLength ? { reason: 'too-short', min } : { reason: 'too-small', min };
}

/**
 * Turns zod's issues for one record into field-level reasons the UI can translate: which field
 * (dotted path) and why, one entry per unknown key. Style.md "Errors are values at the edges".
 */
export function fieldIssues(record: unknown, issues: readonly ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = dotted(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return [
          {
            path,
            detail: valueAt(record, issue.path) === undefined ? { reason: 'missing' } : { reason: 'wrong-type', expected: issue.expected },
          },
        ];
      case 'too_big':
      case 'too_small':
        return [{ path, detail: sizeReason(issue) }];
      case 'invalid_value':
        return [{ path, detail: { reason: 'not-allowed', allowed: issue.values.map(String).join(', ') } }];
      case 'invalid_format':
        return [{ path, detail: { reason: 'bad-format', format: issue.format } }];
      case 'custom':
        // The identity-code guard of every free text (records/base.ts): said in words, not "invalid".
        return [{ path, detail: customReason(issue.message) }];
      case 'invalid_union': {
        // A record of either shape (a client or an erased client's tombstone): the shape it came
        // closest to says what is wrong, field by field, rather than "invalid" for the record.
        const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
        if (closest.length === 0) return [{ path, detail: { reason: 'invalid' } }];
        return fieldIssues(
          record,
          closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        );
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: dotted([...issue.path, key]), detail: { reason: 'unknown-field' } }));
      default:
        return [{ path, detail: { reason: 'invalid' } }];
    }
  });
}
