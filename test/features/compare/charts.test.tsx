import { describe, expect, it } from 'vitest';
import { itemChartSeries, trendSeries } from '../../../src/domain/comparison/chart-series';
import { itemChanges } from '../../../src/domain/comparison/item-changes';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import { ItemChart } from '../../../src/features/compare/item-chart';
import { TrendChart } from '../../../src/features/compare/trend-chart';
import { renderScreen } from '../../render';

// recharts' responsive sizing measures nothing in jsdom, so the charts get a fixed width here.
const three = Object.fromEntries(ITEM_IDS.map((id) => [id, 3]));
const four = Object.fromEntries(ITEM_IDS.map((id) => [id, 4]));

describe('the charts', () => {
  it('draw both rounds for the 25 items with readable item codes', async () => {
    const { container } = await renderScreen(
      <ItemChart points={itemChartSeries(itemChanges(three, four))} baselineName="2021" comparedName="2022" width={800} />,
    );
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Kohtien pisteet (1–5) kummallakin arviointikierroksella');
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(50);
    expect(container.textContent).toContain('S1');
    expect(container.textContent).toContain('V14');
    expect(container.textContent).toContain('2022');
  });

  it('draw the trend with the 74, 100 and 115 lines in English', async () => {
    const rounds = [
      {
        review: { id: 'a', firstDay: '2021-10-12', lastDay: '2021-10-13', status: 'final' as const, createdAt: '2021-10-12T08:00:00.000Z' },
        ratings: three,
      },
      {
        review: { id: 'b', firstDay: '2022-10-11', lastDay: '2022-10-12', status: 'final' as const, createdAt: '2022-10-11T08:00:00.000Z' },
        ratings: four,
      },
    ];
    const { container } = await renderScreen(<TrendChart points={trendSeries(rounds)} width={800} />, { locale: 'en' });
    const text = container.textContent ?? '';
    for (const line of ['74 fair', '100 good', '115 exemplary']) expect(text).toContain(line);
    expect(text).toContain('75');
    expect(text).toContain('100');
    expect(text).toContain('13 Oct 2021');
  });

  it('place the reviews on a proportional time axis (issue 15): a year apart is twice six months apart', async () => {
    const round = (id: string, day: string, ratings: typeof three) => ({
      review: { id, firstDay: day, lastDay: day, status: 'final' as const, createdAt: `${day}T08:00:00.000Z` },
      ratings,
    });
    const rounds = [round('a', '2024-01-01', three), round('b', '2024-07-01', four), round('c', '2025-07-01', four)];
    const { container } = await renderScreen(<TrendChart points={trendSeries(rounds)} width={800} />, { locale: 'en' });
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value[orientation="bottom"]')];
    expect(ticks.map((tick) => tick.textContent)).toEqual(['1 Jan 2024', '1 Jul 2024', '1 Jul 2025']);
    const [x0, x1, x2] = ticks.map((tick) => Number(tick.getAttribute('x')));
    const ratio = (x2! - x1!) / (x1! - x0!);
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
  });
});
