import { useTranslation } from '../../i18n/use-translation';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { BAND_LINES, type TrendPoint } from '../../domain/comparison/chart-series';
import { MAX_TOTAL, MIN_TOTAL } from '../../domain/fidelity/scoring';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  points: readonly TrendPoint[];
  /** Fixed width in pixels (tests); by default the chart fills its container. */
  width?: number;
}

const LINE_COLOUR = '#1f4e79';
const THRESHOLD_COLOUR = '#a4161a';
const BAND_LINE_COLOUR = '#4a5563';

/** The total of every final review over time with the 74 / 100 / 115 lines; it only draws. */
export function TrendChart({ points, width }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  // A proportional time axis (issue 15): a review a year later sits twice as far as one six months later.
  const data = points.map((p) => ({ ...p, time: Date.parse(`${p.lastDay}T00:00:00Z`) }));
  const dateOf = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10), locale);
  return (
    <figure className="chart-figure">
      <LineChart
        data={data}
        width={width ?? '100%'}
        height={300}
        responsive={width === undefined}
        accessibilityLayer={false}
        role="img"
        title={t('compare:chart.trendTitle')}
        margin={{ top: 20, right: 120, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={data.map((p) => p.time)}
          tickFormatter={dateOf}
          padding={{ left: 40, right: 40 }}
        />
        <YAxis domain={[MIN_TOTAL, MAX_TOTAL]} ticks={[25, 50, 74, 100, 115, 125]} width={40} />
        {/* The line names sit in the right margin, where no data label can cover them. */}
        {BAND_LINES.map((line) => (
          <ReferenceLine
            key={line.value}
            y={line.value}
            stroke={line.band === 'fair' ? THRESHOLD_COLOUR : BAND_LINE_COLOUR}
            strokeDasharray={line.band === 'fair' ? undefined : '6 4'}
            strokeWidth={line.band === 'fair' ? 2 : 1}
            label={{
              value: t('compare:chart.bandLine', { value: line.value, band: t(`common:bands.short.${line.band}`) }),
              position: 'right',
              fontSize: 12,
              fill: '#1b1f24',
            }}
          />
        ))}
        <Tooltip labelFormatter={(time) => (typeof time === 'number' ? dateOf(time) : String(time))} />
        <Line type="linear" dataKey="total" name={t('compare:trend.total')} stroke={LINE_COLOUR} strokeWidth={2} isAnimationActive={false}>
          <LabelList dataKey="total" position="top" />
        </Line>
      </LineChart>
      <figcaption className="small muted">{t('compare:chart.trendCaption')}</figcaption>
    </figure>
  );
}
