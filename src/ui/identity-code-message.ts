import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { containsIdentityCode } from '../domain/caseload/identity-code';
import type { TextSave } from './use-autosaved-text';

/**
 * The app forms' side of the identity-code guard (issue 14 #3): the record schemas refuse a code
 * in any free text, and a form says so next to the field, naming it, before anything is written.
 * Returns the message for `value` in field `label`, or null when the text holds no code.
 */
export function useIdentityCodeMessage(): (value: string, label: string) => string | null {
  const { t } = useTranslation(['common']);
  return useCallback(
    (value: string, label: string) => (containsIdentityCode(value) ? t('common:identityCode', { field: label }) : null),
    [t],
  );
}

/**
 * For fields that save themselves: a text holding a code is never handed to the database, and the
 * save reports failure so the text stays pending (and on screen with its message) until it is fixed.
 */
export function guardIdentityCode(save: TextSave): TextSave {
  return (value, base) => (containsIdentityCode(value) ? Promise.resolve(false) : save(value, base));
}
