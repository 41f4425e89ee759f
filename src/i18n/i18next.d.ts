import 'i18next';
import type { Resources } from './resources';

// Typed keys: with `useTranslation(['caseload'])`, `t('caseload:clientList.title')` is checked against src/i18n/en/caseload.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
