import { useTranslation } from '../i18n/use-translation';
import { BAND_THRESHOLDS, MAX_TOTAL } from '../domain/fidelity/scoring';

const LINES = [BAND_THRESHOLDS.fair, BAND_THRESHOLDS.good, BAND_THRESHOLDS.exemplary] as const;

function percent(points: number): string {
  return `${(Math.max(0, Math.min(MAX_TOTAL, points)) / MAX_TOTAL) * 100}%`;
}

/** The running total on a 0–125 bar with the 74, 100 and 115 lines; decorative, the text says it all. */
export function BandMeter({ total }: { total: number }) {
  const { t } = useTranslation(['common']);
  return (
    <div className="band-meter" aria-hidden="true" title={t('common:bands.scaleLines')}>
      <div className="band-meter-fill" style={{ width: percent(total) }} />
      {LINES.map((line) => (
        <div
          key={line}
          className={`band-meter-line${line === BAND_THRESHOLDS.fair ? ' band-meter-line-threshold' : ''}`}
          style={{ left: percent(line) }}
        >
          <span>{line}</span>
        </div>
      ))}
    </div>
  );
}
