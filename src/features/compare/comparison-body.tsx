import { lazy, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { itemChartSeries, trendSeries } from '../../domain/comparison/chart-series';
import {
  compareSections,
  compareTotals,
  countChanges,
  itemChanges,
  sortItemChanges,
  type ChangeOrder,
} from '../../domain/comparison/item-changes';
import { byVisitDate } from '../../domain/comparison/rounds';
import type { ItemId } from '../../domain/fidelity/items';
import { scaleKey } from '../../domain/fidelity/scale-definition';
import type { ReviewRound } from '../../db/comparison-queries';
import { useScale } from '../../db/live/scale';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ChartOrTable } from './chart-or-table';
import { EvidenceComparison } from './evidence-comparison';
import { FollowUpTable } from './follow-up-table';
import { ItemChangesTable, SortSelect } from './item-changes-table';
import { TotalsComparisonPanel } from './totals-comparison';
import { TrendTable } from './trend-table';

// Charts load on demand, so the charting library is its own chunk that no other screen pulls in.
const ItemChart = lazy(() => import('./item-chart').then((m) => ({ default: m.ItemChart })));
const TrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));

interface Props {
  baseline: ReviewRound;
  compared: ReviewRound;
  /** Every round of the service, for the trend. */
  rounds: readonly ReviewRound[];
}

export function ComparisonBody({ baseline, compared, rounds }: Props) {
  const { t } = useTranslation(['compare']);
  const locale = useLocale();
  const [order, setOrder] = useState<ChangeOrder>('scale');
  const scale = useScale(scaleKey(compared.review.scaleId, compared.review.scaleVersion));
  const titles = useMemo(
    () => new Map<ItemId, string>((scale?.items ?? []).map((item) => [item.id, item.texts[locale].title])),
    [scale, locale],
  );

  const changes = itemChanges(baseline.ratings, compared.ratings);
  const counts = countChanges(changes);
  const trend = trendSeries(rounds);
  const name = (round: ReviewRound) => formatDateRange(round.review.firstDay, round.review.lastDay, locale);
  const isFollowUp = byVisitDate(baseline.review, compared.review) < 0;

  return (
    <>
      <TotalsComparisonPanel
        baseline={baseline.review}
        compared={compared.review}
        totals={compareTotals(baseline.ratings, compared.ratings)}
        sections={compareSections(baseline.ratings, compared.ratings)}
      />
      <section className="panel stack" aria-labelledby="items-title">
        <h2 id="items-title">{t('compare:items.title')}</h2>
        <p data-testid="change-counts">
          {(['improved', 'unchanged', 'declined', 'not-comparable'] as const)
            .filter((d) => d !== 'not-comparable' || counts[d] > 0)
            .map((d) => t(`compare:items.counts.${d}`, { count: counts[d] }))
            .join(' · ')}
        </p>
        <ChartOrTable
          label={t('compare:view.itemsLabel')}
          initialView="table"
          testId="items-view"
          chart={<ItemChart points={itemChartSeries(changes)} baselineName={name(baseline)} comparedName={name(compared)} />}
          table={
            <>
              <SortSelect order={order} onChange={setOrder} />
              <ItemChangesTable changes={sortItemChanges(changes, order)} order={order} titles={titles} />
            </>
          }
        />
      </section>
      <section className="panel stack" aria-labelledby="trend-title">
        <h2 id="trend-title">{t('compare:trend.title')}</h2>
        {trend.length === 0 ? (
          <p>{t('compare:trend.none')}</p>
        ) : (
          <ChartOrTable
            label={t('compare:view.trendLabel')}
            initialView={trend.length >= 2 ? 'chart' : 'table'}
            testId="trend-view"
            chart={<TrendChart points={trend} />}
            table={<TrendTable points={trend} />}
          />
        )}
      </section>
      <EvidenceComparison baseline={baseline} compared={compared} titles={titles} />
      {isFollowUp && (
        <section className="panel stack" aria-labelledby="follow-up-title">
          <h2 id="follow-up-title">{t('compare:followUp.title')}</h2>
          <FollowUpTable baseline={baseline.review} compared={compared.review} titles={titles} />
        </section>
      )}
    </>
  );
}
