import { useTranslation } from '../../i18n/use-translation';
import { toIsoDate, type IsoDate } from '../../domain/dates';
import type { ContactRule } from '../../domain/employers/contact-draft';

/** Today as the user's calendar date; the domain never reads the clock, the UI passes it in. */
export function today(): IsoDate {
  return toIsoDate(new Date());
}

/** Translates a rule the contact's schema cannot check into the message shown next to the field. */
export function useProblemText(): (problem: ContactRule | undefined, codes?: readonly string[]) => string | undefined {
  const { t } = useTranslation(['contacts']);
  return (problem, codes = []) => (problem ? t(`contacts:problems.${problem}`, { codes: codes.join(', ') }) : undefined);
}

/** "3rd visit" / "3. käynti". */
export function useVisitLabel(): (n: number | undefined) => string {
  const { t } = useTranslation(['contacts']);
  return (n) => (n === undefined ? '—' : t('contacts:list.visitNumber', { count: n, ordinal: true }));
}

/** Names by id, for specialists, employers and clients in lists. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}
