import { itemCode, SECTIONS } from '../../domain/fidelity/items';
import { sectionSubtotals, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Rating } from '../../domain/records/review';
import { itemTitle, type ReportText } from './report-text';

interface Props {
  text: ReportText;
  ratings: readonly Rating[];
  byItem: RatingsByItem;
}

/** All 25 items in the scale's order, a body per section: score and the observations written down. */
export function ReportItems({ text, ratings, byItem }: Props) {
  const { t, scale } = text;
  const subtotals = sectionSubtotals(byItem);
  return (
    <section className="report-section" aria-labelledby="report-items">
      <h2 id="report-items">{t('report:document.items.title')}</h2>
      <table className="report-table report-items">
        <thead>
          <tr>
            <th scope="col" className="report-code">
              {t('report:document.items.code')}
            </th>
            <th scope="col">{t('report:document.items.item')}</th>
            <th scope="col" className="numeric">
              {t('report:document.items.score')}
            </th>
            <th scope="col">{t('report:document.items.notes')}</th>
          </tr>
        </thead>
        {SECTIONS.map((section) => {
          const subtotal = subtotals.find((s) => s.section === section);
          return (
            <tbody key={section}>
              <tr className="report-section-head">
                <th scope="colgroup" colSpan={4}>
                  {t(`common:sections.${section}`)}
                  {subtotal && ` · ${t('report:document.outOf', { value: subtotal.total, max: subtotal.itemCount * 5 })}`}
                </th>
              </tr>
              {scale.items
                .filter((item) => item.section === section)
                .map((item) => {
                  const rating = ratings.find((r) => r.itemId === item.id);
                  const score = rating?.score ?? null;
                  return (
                    <tr key={item.id} data-testid="report-item-row" data-item={item.id}>
                      <th scope="row" className="report-code">
                        {itemCode(item.section, item.number)}
                      </th>
                      <td>{itemTitle(text, item.id)}</td>
                      <td className="numeric report-score">
                        {score === null ? <span className="muted">{t('report:document.items.unrated')}</span> : score}
                      </td>
                      <td className="pre-wrap report-notes">{rating?.notes.trim() || '–'}</td>
                    </tr>
                  );
                })}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
