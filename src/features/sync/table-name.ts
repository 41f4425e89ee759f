import type { AnyNamespaceT } from '../../i18n/translate';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A synced table as users call one of its records ("Client", "Employer contact"), not its code name. */
export function tableName(typed: AnyNamespaceT, table: string): string {
  const t = typed as unknown as Translate;
  return t(`sync:tables.${table}`, { defaultValue: table });
}
