import {
  BAND_THRESHOLDS,
  fidelityBand,
  MAX_TOTAL,
  meanPerItem,
  sectionSubtotals,
  totalScore,
  type RatingsByItem,
} from '../../domain/fidelity/scoring';
import { formatNumber } from '../../i18n/format';
import { BandMeter } from '../../ui/band-meter';
import type { ReportText } from './report-text';

function LineText({ text, total }: { text: ReportText; total: number }) {
  const distance = total - BAND_THRESHOLDS.fair;
  if (distance === 0) return <>{text.t('report:document.line.at')}</>;
  return <>{text.t(distance > 0 ? 'report:document.line.above' : 'report:document.line.below', { points: Math.abs(distance) })}</>;
}

/** Total and band read against the 74-point line, the mean per item, and the section subtotals. */
export function ReportResult({ text, byItem }: { text: ReportText; byItem: RatingsByItem }) {
  const { t, locale } = text;
  const { total, rated, isComplete } = totalScore(byItem);
  const mean = meanPerItem(byItem);
  const band = fidelityBand(total);
  return (
    <section className="report-section" aria-labelledby="report-result">
      <h2 id="report-result">{t('report:document.result')}</h2>
      <dl className="report-figures">
        <div>
          <dt>{t('report:document.total')}</dt>
          <dd>
            <strong data-testid="report-total">{total}</strong> / {MAX_TOTAL}
          </dd>
        </div>
        <div>
          <dt>{t('report:document.band')}</dt>
          <dd className={`band-${band}`} data-testid="report-band" data-band={band}>
            <strong>{t(`common:bands.${band}`)}</strong>
            {!isComplete && ` (${t('common:bands.provisional')})`}
          </dd>
        </div>
        <div>
          <dt>{t('report:document.mean')}</dt>
          <dd>{mean === null ? '–' : t('report:document.perItem', { value: formatNumber(mean, locale, 2) })}</dd>
        </div>
      </dl>
      <BandMeter total={total} />
      <p data-testid="report-line">
        <LineText text={text} total={total} /> {t('common:bands.thresholdExplained')} {t('common:bands.scaleLines')}.
      </p>
      {!isComplete && <p>{t('report:document.rated', { rated })}</p>}
      <table className="report-table report-sections">
        <caption>{t('report:document.sections.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report:document.sections.section')}</th>
            <th scope="col" className="numeric">
              {t('report:document.sections.items')}
            </th>
            <th scope="col" className="numeric">
              {t('report:document.sections.points')}
            </th>
            <th scope="col" className="numeric">
              {t('report:document.sections.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sectionSubtotals(byItem).map((s) => (
            <tr key={s.section} data-testid="report-section-row">
              <th scope="row">{t(`common:sections.${s.section}`)}</th>
              <td className="numeric">{s.itemCount}</td>
              <td className="numeric">{t('report:document.outOf', { value: s.total, max: s.itemCount * 5 })}</td>
              <td className="numeric">{s.mean === null ? '–' : formatNumber(s.mean, locale, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
