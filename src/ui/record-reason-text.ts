import type { AnyNamespaceT } from '../i18n/translate';
import type { Locale } from '../domain/fidelity/scale-definition';
import type { RecordReason } from '../domain/transfer/backup-format';
import { formatNumber } from '../i18n/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Why one field of an imported record was refused, in the user's language. Backup files and
 * review files share it, so both imports explain a bad field in the same words. The keys are
 * built from reason codes, which i18next's typed keys cannot follow.
 */
export function recordReasonText(typed: AnyNamespaceT, reason: RecordReason, locale: Locale): string {
  const t = typed as unknown as Translate;
  const key = `backup:problems.reasons.${reason.reason}`;
  switch (reason.reason) {
    case 'wrong-type':
      return t(key, { expected: t(`backup:problems.types.${reason.expected}`, { defaultValue: reason.expected }) });
    case 'too-long':
    case 'too-large':
      return t(key, { max: formatNumber(reason.max, locale, 0) });
    case 'too-short':
    case 'too-small':
      return t(key, { min: formatNumber(reason.min, locale, 0) });
    case 'not-allowed':
      return t(key, { allowed: reason.allowed });
    case 'bad-format':
      return t(key, { format: reason.format });
    default:
      return t(key);
  }
}
