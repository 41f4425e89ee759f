import { useTranslation } from '../../i18n/use-translation';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ItemChartPoint } from '../../domain/comparison/chart-series';
import { itemCode } from '../../domain/fidelity/items';

interface Props {
  points: readonly ItemChartPoint[];
  baselineName: string;
  comparedName: string;
  /** Fixed width in pixels (tests); by default the chart fills its container. */
  width?: number;
}

// Hex values, because SVG presentation attributes do not read CSS variables.
const BASELINE_COLOUR = '#8a94a3';
const COMPARED_COLOUR = '#1f4e79';

/** Bars of both rounds' scores for the 25 items; it only draws, the series comes ready. */
export function ItemChart({ points, baselineName, comparedName, width }: Props) {
  const { t } = useTranslation(['compare']);
  const data = points.map((p) => ({ ...p, code: itemCode(p.section, p.number) }));
  return (
    <figure className="chart-figure">
      <BarChart
        data={data}
        width={width ?? '100%'}
        height={340}
        responsive={width === undefined}
        accessibilityLayer={false}
        role="img"
        title={t('compare:chart.itemsTitle')}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="code" interval={0} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} width={32} />
        <Tooltip />
        {/* Baseline first, and the names in the text colour: grey text would be too faint to read. */}
        <Legend itemSorter={null} formatter={(value: string) => <span className="chart-legend-text">{value}</span>} />
        <Bar dataKey="before" name={baselineName} fill={BASELINE_COLOUR} isAnimationActive={false} />
        <Bar dataKey="after" name={comparedName} fill={COMPARED_COLOUR} isAnimationActive={false} />
      </BarChart>
      <figcaption className="small muted">{t('compare:chart.itemsCaption')}</figcaption>
    </figure>
  );
}
