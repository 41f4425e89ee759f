import { EVIDENCE_ITEMS } from '../../domain/evidence/evidence-input';
import { FIDELITY_ITEMS, itemCode } from '../../domain/fidelity/items';
import type { RatingsByItem } from '../../domain/fidelity/scoring';
import type { EvidenceSnapshot } from '../../domain/records/review-evidence';
import { formatDateRange, formatNumber } from '../../i18n/format';
import { itemTitle, type ReportText } from './report-text';

/**
 * The evidence figures stored when the review was finalised (issue 5), beside the score the
 * reviewers gave, so the service reads what its own data said and what was decided.
 */
export function ReportEvidence({ text, snapshot, byItem }: { text: ReportText; snapshot: EvidenceSnapshot; byItem: RatingsByItem }) {
  const { t, locale } = text;
  return (
    <section className="report-section" aria-labelledby="report-evidence" data-testid="report-evidence">
      <h2 id="report-evidence">{t('evidence:report.title')}</h2>
      <p>{t('evidence:report.intro', { range: formatDateRange(snapshot.period.from, snapshot.period.to, locale) })}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('evidence:report.item')}</th>
            <th scope="col">{t('evidence:report.figure')}</th>
            <th scope="col" className="numeric">
              {t('evidence:report.suggested')}
            </th>
            <th scope="col" className="numeric">
              {t('evidence:report.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {EVIDENCE_ITEMS.map((itemId) => {
            const item = FIDELITY_ITEMS.find((i) => i.id === itemId);
            const evidence = snapshot.items[itemId];
            return (
              <tr key={itemId}>
                <th scope="row">
                  {item ? itemCode(item.section, item.number) : itemId} {itemTitle(text, itemId)}
                </th>
                <td>
                  {evidence
                    ? t(`evidence:figure.${itemId}`, { value: formatNumber(evidence.value, locale, 1) })
                    : t(`evidence:noFigure.${itemId}`)}
                  {evidence && (
                    <>
                      <br />
                      <span className="small">
                        {t(`evidence:basis.${itemId}`, { count: evidence.basis })}
                        {evidence.thin.length > 0 && ` · ${t('evidence:report.thin')}`}
                      </span>
                    </>
                  )}
                </td>
                <td className="numeric">{evidence?.suggestedScore ?? '–'}</td>
                <td className="numeric">{byItem[itemId] ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
