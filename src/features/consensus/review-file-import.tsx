import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReviewFileProblem } from '../../domain/consensus/review-file';
import { db } from '../../db/app-db';
import { importReviewFile, type ReviewFileImport } from '../../db/repos/review-file';
import { classifyStorageError } from '../../db/storage';
import { useLocale } from '../../i18n/use-locale';
import { reviewFileProblemMessage } from './problem-message';
import { readReviewFile } from './read-review-file';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'problems'; problems: ReviewFileProblem[] }
  | { kind: 'done'; result: Extract<ReviewFileImport, { ok: true }>; serviceName: string }
  | { kind: 'failed'; reason: string };

function Problems({ problems }: { problems: readonly ReviewFileProblem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  return (
    <div className="notice notice-error stack" role="alert" aria-labelledby={titleId} data-testid="review-file-problems">
      <h3 id={titleId}>{t('consensus.import.problemsTitle')}</h3>
      <p>{t('consensus.import.problemsIntro', { count: problems.length })}</p>
      <ul className="backup-problems">
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{reviewFileProblemMessage(t, problem, locale)}</li>
        ))}
      </ul>
    </div>
  );
}

function Done({ result, serviceName, showLink }: { result: Extract<ReviewFileImport, { ok: true }>; serviceName: string; showLink: boolean }) {
  const { t } = useTranslation();
  const { added, updated, unchanged } = result.counts;
  const isNoOp = added + updated === 0 && !result.createdReview;
  return (
    <div className="notice stack" role="status" data-testid="review-file-done">
      <p>{isNoOp ? t('consensus.import.nothingChanged', { name: result.reviewerName }) : t('consensus.import.done', { name: result.reviewerName, added, updated, unchanged })}</p>
      {result.createdReview && <p>{t(result.createdService ? 'consensus.import.createdService' : 'consensus.import.createdReview', { service: serviceName })}</p>}
      {showLink && (
        <p>
          <Link href={`/reviews/${result.reviewId}/reviewers`} className="button">
            {t('consensus.import.openReview')}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * Choose the other reviewer's file → every problem listed, or the file merged in one transaction
 * (issue 7). Nothing is previewed: importing only adds that reviewer's own records, and doing it
 * twice changes nothing.
 */
export function ReviewFileImport({ expectedReviewId }: { expectedReviewId?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setState({ kind: 'working' });
    const read = await readReviewFile(chosen);
    if (!read.ok) return setState({ kind: 'problems', problems: read.problems });
    try {
      const result = await importReviewFile(db, read.file, new Date());
      if (input.current) input.current.value = '';
      setState(result.ok ? { kind: 'done', result, serviceName: read.file.service.name } : { kind: 'problems', problems: result.problems });
    } catch (error) {
      console.warn('Review file import failed', error);
      setState({ kind: 'failed', reason: t(`common.errors.${classifyStorageError(error)}`) });
    }
  };

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('consensus.import.title')}</h2>
      <p>{t('consensus.import.description')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('consensus.import.fileLabel')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="file-input"
          onChange={(e) => void chooseFile(e)}
          aria-describedby={`${inputId}-result`}
          aria-invalid={state.kind === 'problems' || undefined}
          disabled={state.kind === 'working'}
        />
      </div>
      <div aria-live="polite" id={`${inputId}-result`}>
        {state.kind === 'working' && <p role="status">{t('consensus.import.working')}</p>}
        {state.kind === 'problems' && <Problems problems={state.problems} />}
        {state.kind === 'done' && <Done result={state.result} serviceName={state.serviceName} showLink={state.result.reviewId !== expectedReviewId} />}
        {state.kind === 'failed' && <p className="notice notice-error" role="alert">{t('consensus.import.failed', { reason: state.reason })}</p>}
      </div>
    </section>
  );
}
