import { useTranslation } from '../../i18n/use-translation';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { WEEKLY_TARGET } from '../../domain/employers/contact-rules';
import type { TeamSeries } from './team-series';

interface Props {
  series: TeamSeries;
  /** Fixed width in pixels (tests); by default the chart fills its container. */
  width?: number;
}

// Distinct dash patterns as well as colours, so lines differ without colour (WCAG 1.4.1).
const COLOURS = ['#1f4e79', '#a4161a', '#2d6a4f', '#6a4c93', '#8a5a00', '#00607a'];
const DASHES = [undefined, '8 4', '2 3', '12 4 2 4', '4 4', '1 5'];

/** Each specialist's face-to-face contacts over 12 weeks with the target line; it only draws. */
export function TeamChart({ series, width }: Props) {
  const { t } = useTranslation(['contacts']);
  const data = series.weeks.map((week, index) => ({
    week: `${week.week}`,
    ...Object.fromEntries(series.rows.map((row) => [row.id, row.counts[index] ?? 0])),
  }));
  return (
    <figure className="chart-figure">
      <LineChart
        data={data}
        width={width ?? '100%'}
        height={300}
        responsive={width === undefined}
        accessibilityLayer={false}
        role="img"
        title={t('contacts:team.chartTitle')}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" />
        {/* Always room above the target line, so it shows even in a quiet week. */}
        <YAxis allowDecimals={false} width={32} domain={[0, (max: number) => Math.max(max, WEEKLY_TARGET + 1)]} />
        <ReferenceLine
          y={WEEKLY_TARGET}
          stroke="#1b1f24"
          strokeDasharray="6 4"
          label={{
            value: t('contacts:team.targetLine', { target: WEEKLY_TARGET }),
            position: 'insideTopLeft',
            fontSize: 12,
            fill: '#1b1f24',
          }}
        />
        <Tooltip />
        <Legend />
        {series.rows.map((row, index) => (
          <Line
            key={row.id}
            type="linear"
            dataKey={row.id}
            name={row.name}
            stroke={COLOURS[index % COLOURS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      <figcaption className="small muted">{t('contacts:team.chartCaption', { target: WEEKLY_TARGET })}</figcaption>
    </figure>
  );
}
