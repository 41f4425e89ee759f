import { useTranslation } from '../../i18n/use-translation';
import { loadAfterAssignment } from '../../domain/caseload/capacity';
import type { ClientRow } from '../../domain/caseload/summary';
import type { IsoDate } from '../../domain/dates';
import type { Staff } from '../../domain/records/caseload';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  /** The specialist chosen in the form; nothing is shown when none is. */
  specialist: Staff | undefined;
  rows: readonly ClientRow[];
  /** The client being assigned (null: a new client, not yet saved). */
  clientId: string | null;
  day: IsoDate;
}

/**
 * Said before the assignment is saved (issue 15): when it takes the specialist over 20 × FTE, with
 * the figure after it ("21/20"). A warning, not a refusal: the team leader may decide to go over
 * for a while, but should do so knowingly.
 */
export function AssignmentWarning({ specialist, rows, clientId, day }: Props) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const clients = rows.map((row) => ({
    id: row.id,
    specialistId: row.specialistId,
    startDate: row.startDate,
    closedDate: row.state.closedDate,
  }));
  const load = specialist ? loadAfterAssignment(specialist, clients, clientId, day) : null;
  return (
    <div role="status" data-testid="assignment-warning">
      {specialist && load?.isOver && (
        <p className="notice notice-warning">
          {t('caseload:limit.assignWarning', {
            name: specialist.name,
            after: formatNumber(load.after, locale),
            capacity: formatNumber(load.capacity, locale),
            fte: formatNumber(specialist.fte, locale, 2),
          })}
        </p>
      )}
    </div>
  );
}
