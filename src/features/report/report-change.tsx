import { fidelityBand, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Review } from '../../domain/records/review';
import { changeSince } from '../../domain/report/report-content';
import { formatDateRange } from '../../i18n/format';
import { formatChange } from '../../i18n/format';
import { itemCode } from '../../domain/fidelity/items';
import { itemTitle, type ReportText } from './report-text';

interface Props {
  text: ReportText;
  review: Review;
  byItem: RatingsByItem;
  previous: { review: Review; byItem: RatingsByItem };
}

/** The change since the service's previous final review: both totals and bands, and every item that moved. */
export function ReportChange({ text, review, byItem, previous }: Props) {
  const { t, locale } = text;
  const { totals, changedItems } = changeSince(previous.byItem, byItem);
  const previousDates = formatDateRange(previous.review.firstDay, previous.review.lastDay, locale);
  const rounds = [
    { key: 'previous', label: t('report:document.change.previous', { date: previousDates }), totals: totals.before },
    {
      key: 'current',
      label: t('report:document.change.current', { date: formatDateRange(review.firstDay, review.lastDay, locale) }),
      totals: totals.after,
    },
  ] as const;
  return (
    <section className="report-section" aria-labelledby="report-change" data-testid="report-change">
      <h2 id="report-change">{t('report:document.change.title')}</h2>
      <p>{t('report:document.change.since', { date: previousDates })}</p>
      <p data-testid="report-change-total">
        <strong>
          {t('report:document.change.totalLine', {
            before: totals.before.total,
            after: totals.after.total,
            delta: formatChange(totals.delta, locale),
          })}
        </strong>
      </p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report:document.change.round')}</th>
            <th scope="col" className="numeric">
              {t('report:document.total')}
            </th>
            <th scope="col">{t('report:document.band')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.key}>
              <th scope="row">{round.label}</th>
              <td className="numeric">{round.totals.total}</td>
              <td>
                {t(`common:bands.${fidelityBand(round.totals.total)}`)}
                {!round.totals.isComplete && ` (${t('common:bands.provisional')})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changedItems.length === 0 ? (
        <p>{t('report:document.change.noItems')}</p>
      ) : (
        <table className="report-table">
          <caption>{t('report:document.change.changedItems')}</caption>
          <thead>
            <tr>
              <th scope="col" className="report-code">
                {t('report:document.items.code')}
              </th>
              <th scope="col">{t('report:document.items.item')}</th>
              <th scope="col" className="numeric">
                {t('report:document.change.before')}
              </th>
              <th scope="col" className="numeric">
                {t('report:document.change.after')}
              </th>
              <th scope="col" className="numeric">
                {t('report:document.change.delta')}
              </th>
            </tr>
          </thead>
          <tbody>
            {changedItems.map((change) => (
              <tr key={change.itemId} data-testid="report-changed-item" data-item={change.itemId}>
                <th scope="row" className="report-code">
                  {itemCode(change.section, change.number)}
                </th>
                <td>{itemTitle(text, change.itemId)}</td>
                <td className="numeric">{change.before ?? '–'}</td>
                <td className="numeric">{change.after ?? '–'}</td>
                <td className="numeric">
                  {change.delta === null ? t('report:document.change.notComparable') : formatChange(change.delta, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
