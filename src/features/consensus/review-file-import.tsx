import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { MAX_REVIEW_FILE_BYTES, readReviewFileBytes, type ReviewFile, type ReviewFileProblem } from '../../domain/consensus/review-file';
import type { ScoreChange } from '../../domain/consensus/review-file-check';
import { db } from '../../db/app-db';
import { importReviewFile, previewReviewFileImport, type ReviewFileImport } from '../../db/repos/review-file';
import type { ImportTarget, SameVisitChoice } from '../../db/repos/review-file-plan';
import { classifyStorageError } from '../../db/storage';
import { useLocale } from '../../i18n/use-locale';
import { reviewFileProblemMessage } from './problem-message';
import { FilePicker, type FileRead } from '../../ui/file-picker';
import { ChangesQuestion, SameVisitQuestion } from './review-file-preview';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'problems'; problems: ReviewFileProblem[] }
  | { kind: 'same-visit'; file: ReviewFile; serviceName: string; choices: SameVisitChoice[] }
  | { kind: 'changes'; file: ReviewFile; target: ImportTarget; reviewerName: string; changes: ScoreChange[]; isBlind: boolean }
  | { kind: 'done'; result: Extract<ReviewFileImport, { ok: true }>; serviceName: string }
  | { kind: 'failed'; reason: string };

function Problems({ problems }: { problems: readonly ReviewFileProblem[] }) {
  const { t } = useTranslation(['consensus', 'common', 'backup']);
  const locale = useLocale();
  const titleId = useId();
  return (
    <div className="notice notice-error stack" role="alert" aria-labelledby={titleId} data-testid="review-file-problems">
      <h3 id={titleId}>{t('consensus:import.problemsTitle')}</h3>
      <p>{t('consensus:import.problemsIntro', { count: problems.length })}</p>
      <ul className="backup-problems">
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{reviewFileProblemMessage(t, problem, locale)}</li>
        ))}
      </ul>
    </div>
  );
}

function Done({
  result,
  serviceName,
  showLink,
}: {
  result: Extract<ReviewFileImport, { ok: true }>;
  serviceName: string;
  showLink: boolean;
}) {
  const { t } = useTranslation(['consensus', 'common', 'backup']);
  const { added, updated, unchanged } = result.counts;
  const isNoOp = added + updated === 0 && !result.createdReview;
  return (
    <div className="notice stack" role="status" data-testid="review-file-done">
      <p>
        {isNoOp
          ? t('consensus:import.nothingChanged', { name: result.reviewerName })
          : t('consensus:import.done', { name: result.reviewerName, added, updated, unchanged })}
      </p>
      {result.createdReview && (
        <p>{t(result.createdService ? 'consensus:import.createdService' : 'consensus:import.createdReview', { service: serviceName })}</p>
      )}
      {showLink && (
        <p>
          <Link href={`/reviews/${result.reviewId}/reviewers`} className="button">
            {t('consensus:import.openReview')}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * Choose the other reviewer's file → every problem listed, or a preview (issue 14 #6): when the
 * file's service is not here but the same visit may be, which review it belongs to; when it would
 * change ratings already here, each change. Only then is it merged, in one transaction (issue 7).
 * A file that only adds, or changes nothing, is imported at once: doing it twice changes nothing.
 */
export function ReviewFileImport({ expectedReviewId }: { expectedReviewId?: string }) {
  const { t } = useTranslation(['consensus', 'common', 'backup']);
  const titleId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const guarded = async (work: () => Promise<void>) => {
    setState({ kind: 'working' });
    try {
      await work();
    } catch (error) {
      console.warn('Review file import failed', error);
      setState({ kind: 'failed', reason: t(`common:errors.${classifyStorageError(error)}`) });
    }
  };

  const write = (file: ReviewFile, target: ImportTarget | undefined, acceptChanges: boolean) =>
    guarded(async () => {
      const result = await importReviewFile(db, file, new Date(), { target, acceptChanges });
      if (input.current) input.current.value = '';
      setState(result.ok ? { kind: 'done', result, serviceName: file.service.name } : { kind: 'problems', problems: result.problems });
    });

  const preview = (file: ReviewFile, target: ImportTarget | undefined) =>
    guarded(async () => {
      const planned = await previewReviewFileImport(db, file, target);
      if (!planned.ok) return setState({ kind: 'problems', problems: planned.problems });
      if (planned.sameVisit.length > 0)
        return setState({ kind: 'same-visit', file, serviceName: planned.serviceName, choices: planned.sameVisit });
      const chosen = target ?? { kind: 'as-in-file' };
      if (planned.changes.length > 0) {
        return setState({
          kind: 'changes',
          file,
          target: chosen,
          reviewerName: planned.reviewerName,
          changes: planned.changes,
          isBlind: planned.isBlind,
        });
      }
      await write(file, chosen, false);
    });

  const checkFile = async (chosen: FileRead) => {
    const read = chosen.ok ? readReviewFileBytes(chosen.bytes) : chosen;
    if (!read.ok) return setState({ kind: 'problems', problems: read.problems });
    await preview(read.file, undefined);
  };

  const cancel = () => {
    if (input.current) input.current.value = '';
    setState({ kind: 'idle' });
  };

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('consensus:import.title')}</h2>
      <p>{t('consensus:import.description')}</p>
      <FilePicker
        ref={input}
        label={t('consensus:import.fileLabel')}
        maxBytes={MAX_REVIEW_FILE_BYTES}
        onStart={() => setState({ kind: 'working' })}
        onRead={(read) => void checkFile(read)}
        describedBy={`${inputId}-result`}
        invalid={state.kind === 'problems'}
        disabled={state.kind === 'working'}
      />
      <div aria-live="polite" id={`${inputId}-result`}>
        {state.kind === 'working' && <p role="status">{t('consensus:import.working')}</p>}
        {state.kind === 'problems' && <Problems problems={state.problems} />}
        {state.kind === 'same-visit' && (
          <SameVisitQuestion
            serviceName={state.serviceName}
            choices={state.choices}
            onChoose={(target) => void preview(state.file, target)}
            onCancel={cancel}
          />
        )}
        {state.kind === 'changes' && (
          <ChangesQuestion
            reviewerName={state.reviewerName}
            changes={state.changes}
            isBlind={state.isBlind}
            onAccept={() => void write(state.file, state.target, true)}
            onCancel={cancel}
          />
        )}
        {state.kind === 'done' && (
          <Done result={state.result} serviceName={state.serviceName} showLink={state.result.reviewId !== expectedReviewId} />
        )}
        {state.kind === 'failed' && (
          <p className="notice notice-error" role="alert">
            {t('consensus:import.failed', { reason: state.reason })}
          </p>
        )}
      </div>
    </section>
  );
}
