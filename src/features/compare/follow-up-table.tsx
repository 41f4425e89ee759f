import { useTranslation } from '../../i18n/use-translation';
import { countFollowUps, followUpRows } from '../../domain/comparison/follow-ups';
import type { ItemId } from '../../domain/fidelity/items';
import type { Review } from '../../domain/records/review';
import { usePairFollowUps } from '../../db/live/comparison';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ScrollTable } from '../../ui/scroll-table';

interface Props {
  baseline: Review;
  compared: Review;
  titles: ReadonlyMap<ItemId, string>;
}

const STATUS_ORDER = ['done', 'partly', 'not-done', 'no-longer-relevant', 'not-recorded'] as const;

/** What became of the baseline review's recommendations, as recorded in the compared review. */
export function FollowUpTable({ baseline, compared, titles }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  const data = usePairFollowUps(baseline.id, compared.id);
  if (!data) return <p role="status">{t('common:status.loading')}</p>;
  const rows = followUpRows(data.recommendations, data.followUps);
  const dates = {
    baseline: formatDateRange(baseline.firstDay, baseline.lastDay, locale),
    compared: formatDateRange(compared.firstDay, compared.lastDay, locale),
  };
  if (rows.length === 0) return <p>{t('compare:followUp.noRecommendations', dates)}</p>;
  const counts = countFollowUps(rows);
  return (
    <div className="stack">
      <p>{t('compare:followUp.intro', dates)}</p>
      <p data-testid="follow-up-counts">
        {STATUS_ORDER.filter((s) => counts[s] > 0)
          .map((s) => t('compare:followUp.count', { status: t(`compare:followUp.status.${s}`), count: counts[s] }))
          .join(' · ')}
      </p>
      <ScrollTable label={t('compare:followUp.caption')}>
        <table data-testid="follow-up-table">
          <caption className="visually-hidden">{t('compare:followUp.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare:items.item')}</th>
              <th scope="col">{t('compare:followUp.recommendation')}</th>
              <th scope="col">{t('compare:followUp.statusLabel')}</th>
              <th scope="col">{t('compare:followUp.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ recommendation: r, followUp }) => (
              <tr key={r.id}>
                <th scope="row">{titles.get(r.itemId) ?? r.itemId}</th>
                <td>
                  <span className="pre-wrap">{r.text}</span>
                  <br />
                  <span className="muted small">{t('compare:followUp.priority', { priority: t(`common:priorities.${r.priority}`) })}</span>
                </td>
                <td>
                  <strong className={`follow-up-status follow-up-${followUp?.status ?? 'not-recorded'}`}>
                    {t(`compare:followUp.status.${followUp?.status ?? 'not-recorded'}`)}
                  </strong>
                </td>
                <td className="pre-wrap">{followUp?.note || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
