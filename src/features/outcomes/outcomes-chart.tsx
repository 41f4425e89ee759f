import { useTranslation } from '../../i18n/use-translation';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import type { QuarterOutcome } from '../../domain/evidence/quarters';

interface Props {
  rows: readonly QuarterOutcome[];
  /** Fixed width in pixels (tests); by default the chart fills its container. */
  width?: number;
}

/** Employment rate (line, left axis) and job starts (bars, right axis) per quarter; it only draws. */
export function OutcomesChart({ rows, width }: Props) {
  const { t } = useTranslation(['outcomes']);
  const data = rows.map((row) => ({
    label: t('outcomes:table.quarterLabel', { quarter: row.quarter.quarter, year: row.quarter.year }),
    rate: row.rate === null ? null : Math.round(row.rate * 100),
    starts: row.all,
  }));
  return (
    <figure className="chart-figure">
      <ComposedChart
        data={data}
        width={width ?? '100%'}
        height={260}
        responsive={width === undefined}
        accessibilityLayer={false}
        role="img"
        title={t('outcomes:chart.title')}
        margin={{ top: 12, right: 12, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis yAxisId="rate" domain={[0, 100]} width={40} unit=" %" />
        <YAxis yAxisId="starts" orientation="right" allowDecimals={false} width={32} />
        <Bar yAxisId="starts" dataKey="starts" name={t('outcomes:chart.starts')} fill="#8ea6bf" isAnimationActive={false} />
        <Line
          yAxisId="rate"
          dataKey="rate"
          name={t('outcomes:chart.rate')}
          stroke="#1f4e79"
          strokeWidth={3}
          connectNulls
          isAnimationActive={false}
        />
        <Legend />
      </ComposedChart>
      <figcaption className="small muted">{t('outcomes:screen.chartNote')}</figcaption>
    </figure>
  );
}
