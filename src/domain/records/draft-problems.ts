import type * as z from 'zod/mini';
import type { RecordReason } from '../transfer/backup-format';
import { fieldIssues } from '../transfer/record-issues';

/** The first reason each field of a form breaks its record's rules; an empty object when none. */
export type DraftProblems<Field extends string> = Partial<Record<Field, RecordReason>>;

/**
 * Checks what a form holds against the schema that guards every write of that record, so a form
 * says exactly what the database would refuse and the two sets of rules cannot drift apart
 * (issue 18). Problems are keyed by the draft's field; an item of a list is keyed by its place
 * (a second reviewer's name: `reviewers.1`), for forms that show each item as its own field.
 */
export function draftProblems<Field extends string>(schema: z.ZodMiniType, draft: Record<Field, unknown>): DraftProblems<Field> {
  const result = schema.safeParse(draft);
  if (result.success) return {};
  const found: Record<string, RecordReason> = {};
  for (const { path, detail } of fieldIssues(draft, result.error.issues)) {
    const [field, index] = path.split('.');
    if (field === undefined) continue;
    found[index === undefined ? field : `${field}.${index}`] ??= detail;
  }
  return found as DraftProblems<Field>;
}

/**
 * A form's rules that need more than its draft — the service's other records, today's date — and
 * so cannot live in the schema. Each is said on a field only when the schema found that field
 * fine, so one message shows per field and the schema's reason comes first.
 */
export type DraftRules<Field extends string, Rule extends string> = Partial<Record<Field, Rule>>;

export function rulesBeside<Field extends string, Rule extends string>(
  problems: DraftProblems<Field>,
  rules: Partial<Record<Field, Rule | undefined>>,
): DraftRules<Field, Rule> {
  const found: DraftRules<Field, Rule> = {};
  for (const field of Object.keys(rules) as Field[]) {
    const rule = rules[field];
    if (rule !== undefined && problems[field] === undefined) found[field] = rule;
  }
  return found;
}
