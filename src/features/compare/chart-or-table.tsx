import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';

export type ChartView = 'chart' | 'table';

interface Props {
  /** Names the pair of buttons, e.g. "Show item changes as". */
  label: string;
  initialView: ChartView;
  /** A lazily loaded chart: the charting library is fetched only when a chart is shown. */
  chart: ReactNode;
  table: ReactNode;
  testId: string;
}

/** A chart and its table alternative, with a switch between them that keeps the choice visible. */
export function ChartOrTable({ label, initialView, chart, table, testId }: Props) {
  const { t } = useTranslation(['common', 'compare']);
  const [view, setView] = useState<ChartView>(initialView);
  return (
    <div className="stack" data-testid={testId}>
      <div className="row view-switch" role="group" aria-label={label}>
        {(['table', 'chart'] as const).map((v) => (
          <button key={v} type="button" className="button button-secondary" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`compare:view.${v}`)}
          </button>
        ))}
      </div>
      {view === 'chart' ? <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>{chart}</Suspense> : table}
    </div>
  );
}
