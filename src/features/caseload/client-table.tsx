import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { daysInCurrentState } from '../../domain/caseload/client-list';
import type { ClientRow } from '../../domain/caseload/summary';
import type { IsoDate } from '../../domain/dates';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { usePhaseName } from './labels';

interface Props {
  rows: readonly ClientRow[];
  nameOf: (id: string | null) => string;
  day: IsoDate;
}

/** One page of clients; the code links to the client. */
export function ClientTable({ rows, nameOf, day }: Props) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const phaseName = usePhaseName();
  return (
    <div className="table-scroll">
      <table data-testid="client-table">
        <thead>
          <tr>
            <th scope="col">{t('caseload:clients.code')}</th>
            <th scope="col">{t('caseload:clients.specialist')}</th>
            <th scope="col">{t('caseload:clients.phase')}</th>
            <th scope="col" className="numeric">
              {t('caseload:clients.daysInPhase')}
            </th>
            <th scope="col">{t('caseload:clients.started')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={`/clients/${row.id}`} className="table-link">
                  {row.code}
                </Link>
              </th>
              <td>{nameOf(row.specialistId)}</td>
              <td>{row.state.phase !== null ? phaseName(row.state.phase) : t(`caseload:status.${row.state.status}`)}</td>
              <td className="numeric">{daysInCurrentState(row, day)}</td>
              <td>{row.startDate ? formatDate(row.startDate, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
