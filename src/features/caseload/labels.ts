import { useTranslation } from '../../i18n/use-translation';
import type { ClientRule } from '../../domain/caseload/drafts';
import type { PhaseChangeProblem, Phase } from '../../domain/caseload/phases';
import { defaultSourceOf } from '../../domain/caseload/referral-sources';
import { toIsoDate, type IsoDate } from '../../domain/dates';
import type { ReferralSource, Staff } from '../../domain/records/caseload';

/** The caseload's rules beside its records' schemas (those need other records, today, or the form's state). */
export type Problem =
  | ClientRule
  | PhaseChangeProblem
  | 'required'
  | 'same-specialist'
  | 'duplicate-source'
  /** A new job needs all four answers behind "competitive" (issue 16). */
  | 'answers-required';

/** Today as the user's calendar date; the domain never reads the clock, the UI passes it in. */
export function today(): IsoDate {
  return toIsoDate(new Date());
}

/** Translates problem codes into the message shown next to the field. */
export function useProblemText(): (problem: Problem | undefined | null) => string | undefined {
  const { t } = useTranslation(['caseload']);
  return (problem) => (problem ? t(`caseload:problems.${problem}`) : undefined);
}

export function usePhaseName(): (phase: Phase) => string {
  const { t } = useTranslation(['caseload']);
  return (phase) => t('caseload:phases.numbered', { number: phase, name: t(`caseload:phases.${phase}`) });
}

/** A staff member's name by id; "not assigned" for null, and a mark for someone who has left. */
export function useStaffName(staff: readonly Staff[]): (id: string | null) => string {
  const { t } = useTranslation(['caseload']);
  const byId = new Map(staff.map((member) => [member.id, member]));
  return (id) => {
    if (id === null) return t('caseload:clients.unassigned');
    const member = byId.get(id);
    return member ? member.name : '—';
  };
}

/** The name of a referral source, built-in (translated) or the service's own (removed ones marked). */
export function useSourceName(sources: readonly ReferralSource[]): (ref: string) => string {
  const { t } = useTranslation(['caseload']);
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (ref) => {
    const builtIn = defaultSourceOf(ref);
    if (builtIn) return t(`caseload:referralSources.${builtIn}`);
    const own = byId.get(ref);
    if (!own) return '—';
    return own.deletedAt ? `${own.name} ${t('caseload:referralSources.removed')}` : own.name;
  };
}
