import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import type { ReportInput } from '../../db/report-queries';
import { listReviewerRatings } from '../../db/reviewer-ratings';
import { groupByPriority } from '../../domain/report/report-content';
import { buildScoreTable, csvDelimiter, csvFileName, toCsv } from '../../domain/report/score-rows';
import { downloadFile } from '../../ui/download-file';
import { itemTitle, type ReportText } from './report-text';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

/**
 * Issue 7, "CSV export of a review's scores": each reviewer's own scores next to the consensus,
 * in the report's language. Read at the moment of the click, so the file has the latest scores.
 */
export function CsvExport({ input, text }: { input: ReportInput; text: ReportText }) {
  const { t } = useTranslation(['report', 'common']);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async () => {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      const reviewerScores = await listReviewerRatings(db, input.review.id);
      const rt = text.t;
      const table = buildScoreTable({
        reviewers: input.review.reviewers,
        reviewerScores,
        consensus: input.ratings,
        recommendations: groupByPriority(input.recommendations).flatMap((group) => group.recommendations),
        titleOf: (itemId) => itemTitle(text, itemId),
        labels: {
          itemId: rt('report:csv.header.itemId'),
          section: rt('report:csv.header.section'),
          number: rt('report:csv.header.number'),
          title: rt('report:csv.header.title'),
          reviewerScore: (name) => rt('report:csv.header.reviewer', { name }),
          consensus: rt('report:csv.header.consensus'),
          notes: rt('report:csv.header.notes'),
          sectionName: (section) => rt(`common:sections.${section}`),
          dataSources: rt('report:csv.header.dataSources'),
          recommendations: rt('report:csv.header.recommendations'),
          dataSourceName: (source) => rt(`common:dataSources.${source}`),
          recommendation: (priority, recommendation) =>
            rt('report:csv.header.recommendation', { priority: rt(`common:priorities.${priority}`), text: recommendation }),
          subtotal: (section) => rt('report:csv.header.subtotal', { section }),
          total: rt('report:csv.header.total'),
          bandName: (band) => rt(`common:bands.${band}`),
        },
      });
      const fileName = csvFileName(input.service.name, input.review.firstDay);
      downloadFile(fileName, toCsv(table, { delimiter: csvDelimiter(text.locale) }), 'text/csv;charset=utf-8');
      setState({ kind: 'done', fileName });
    } catch (error) {
      console.warn('CSV export failed', error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <div className="report-csv">
      <button type="button" className="button button-secondary" onClick={() => void download()} aria-disabled={state.kind === 'working'}>
        {t('report:csv.button')}
      </button>
      <div aria-live="polite">
        {state.kind === 'working' && <p role="status">{t('report:csv.working')}</p>}
        {state.kind === 'done' && (
          <p className="notice" data-testid="csv-done">
            {t('report:csv.done', { file: state.fileName })}
          </p>
        )}
        {state.kind === 'failed' && <p className="notice notice-error">{t('report:csv.failed')}</p>}
      </div>
    </div>
  );
}
