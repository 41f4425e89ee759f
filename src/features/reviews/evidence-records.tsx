import { useTranslation } from '../../i18n/use-translation';
import type { EvidenceContext } from '../../db/evidence-queries';
import type { EvidenceItemId, Period } from '../../domain/evidence/evidence-input';
import {
  caseloadClients,
  currentJobs,
  firstContactRows,
  jobsStartedIn,
  jobTypeKey,
  specialistContactRows,
} from '../../domain/evidence/evidence-records';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ScrollTable } from '../../ui/scroll-table';
import { compareFinnish, compareOrdinal } from '../../domain/collation';

interface Props {
  itemId: EvidenceItemId;
  context: EvidenceContext;
  period: Period;
}

/**
 * The records an evidence figure rests on: which clients were active, which contacts counted, which
 * jobs. Each list has as many rows as the figure's basis, as both come from the same rows.
 */
export function EvidenceRecords({ itemId, context, period }: Props) {
  const { t } = useTranslation(['evidence']);
  const locale = useLocale();
  const { input, clientCodes, staffNames } = context;
  const code = (clientId: string) => clientCodes.get(clientId) ?? clientId;
  const staffName = (id: string | null) => (id === null ? t('evidence:list.unassigned') : (staffNames.get(id) ?? id));
  const caption = t(`evidence:list.caption.${itemId}`, { date: formatDate(period.to, locale) });

  let head: string[];
  let rows: { key: string; cells: string[] }[];
  if (itemId === 'staffing-1') {
    head = [t('evidence:list.client'), t('evidence:list.specialist'), t('evidence:list.started')];
    rows = caseloadClients(input, period)
      .map((c) => ({ key: c.id, cells: [code(c.id), staffName(c.specialistId), formatDate(c.startDate, locale)] }))
      .sort((a, b) => compareFinnish(a.cells[1]!, b.cells[1]!) || compareFinnish(a.cells[0]!, b.cells[0]!));
  } else if (itemId === 'services-4') {
    head = [t('evidence:list.client'), t('evidence:list.started'), t('evidence:list.firstContact'), t('evidence:list.days')];
    rows = firstContactRows(input, period)
      .sort((a, b) => b.days - a.days)
      .map((r) => ({
        key: r.clientId,
        cells: [
          code(r.clientId),
          formatDate(r.startDate, locale),
          r.firstContact ? formatDate(r.firstContact, locale) : t('evidence:list.noContactYet'),
          String(r.days),
        ],
      }));
  } else if (itemId === 'services-6') {
    head = [
      t('evidence:list.specialist'),
      t('evidence:list.fte'),
      t('evidence:list.workingDays'),
      t('evidence:list.contacts'),
      t('evidence:list.perWeek'),
      t('evidence:list.score'),
    ];
    rows = specialistContactRows(input, period).map((r) => ({
      key: r.specialistId,
      cells: [
        staffName(r.specialistId),
        formatNumber(r.fte, locale, 2),
        String(r.workingDays),
        String(r.faceToFace),
        formatNumber(r.weeklyRate, locale, 1),
        String(r.score),
      ],
    }));
  } else {
    const jobs = itemId === 'services-10' ? currentJobs(input, period) : jobsStartedIn(input, period);
    const detail = (id: string) => context.jobs.get(id);
    head = [
      t('evidence:list.client'),
      t('evidence:list.job'),
      t('evidence:list.jobType'),
      t('evidence:list.employer'),
      t('evidence:list.started'),
    ];
    if (itemId === 'services-10') head.push(t('evidence:list.ended'), t('evidence:list.competitive'));
    const sortKey = (job: (typeof jobs)[number]) =>
      itemId === 'services-8' ? jobTypeKey(job.jobType) : itemId === 'services-9' ? job.employerId : job.startDate;
    rows = [...jobs]
      .sort((a, b) => compareFinnish(sortKey(a), sortKey(b)) || compareOrdinal(a.startDate, b.startDate))
      .map((job) => {
        const cells = [
          code(job.clientId),
          detail(job.id)?.title ?? '',
          job.jobType,
          detail(job.id)?.employer ?? job.employerId,
          formatDate(job.startDate, locale),
        ];
        if (itemId === 'services-10') {
          cells.push(
            job.endDate ? formatDate(job.endDate, locale) : t('evidence:list.ongoing'),
            job.competitive ? t('evidence:list.yes') : t('evidence:list.no'),
          );
        }
        return { key: job.id, cells };
      });
  }

  return (
    <ScrollTable label={caption}>
      <table className="evidence-table" data-testid={`evidence-records-${itemId}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
