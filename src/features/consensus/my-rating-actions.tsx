import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Review } from '../../domain/records/review';
import type { ReviewerStatus } from '../../domain/records/reviewer-rating';
import { db } from '../../db/app-db';
import { exportReviewFile } from '../../db/repos/review-file';
import { revealOtherScores, setReviewerFinished } from '../../db/repos/reviewer-ratings';
import { ConfirmButton } from '../../ui/confirm-button';
import { downloadFile } from '../../ui/download-file';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { afterDraftsSaved } from '../../ui/draft-registry';

interface Props {
  review: Review;
  status: ReviewerStatus;
  name: string;
  unrated: number;
  /** Whether the other's scores are already on screen; reveal is offered only while hidden. */
  canSeeOther: boolean;
  hasOther: boolean;
}

type ExportState = { kind: 'idle' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

/** Finish (or go back to rating), download my part as a review file, reveal the other's scores. */
export function MyRatingActions({ review, status, name, unrated, canSeeOther, hasOther }: Props) {
  const { t } = useTranslation(['consensus']);
  const save = useTrackedSave();
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });
  const isFinal = review.status === 'final';
  const { reviewerId } = status;

  const exportMine = async () => {
    try {
      const file = await afterDraftsSaved(() => exportReviewFile(db, review.id, reviewerId, new Date()));
      const fileName = `fidelio-review-${review.firstDay}-${reviewerId}.json`;
      downloadFile(fileName, JSON.stringify(file), 'application/json');
      setExported({ kind: 'done', fileName });
    } catch (error) {
      console.warn('Review file export failed', error);
      setExported({ kind: 'failed' });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        {status.finishedAt ? (
          <ConfirmButton
            label={t('consensus:actions.continue')}
            title={t('consensus:actions.continueTitle')}
            body={<p>{t('consensus:actions.continueBody')}</p>}
            confirmLabel={t('consensus:actions.continue')}
            className="button button-secondary"
            disabled={isFinal}
            onConfirm={() => void save(() => setReviewerFinished(db, review.id, reviewerId, false, new Date()))}
          />
        ) : (
          <ConfirmButton
            label={t('consensus:actions.finish')}
            title={t('consensus:actions.finishTitle', { name })}
            body={<p>{unrated > 0 ? t('consensus:actions.finishBodyMissing', { count: unrated }) : t('consensus:actions.finishBody')}</p>}
            confirmLabel={t('consensus:actions.finish')}
            disabled={isFinal}
            onConfirm={() => void save(() => afterDraftsSaved(() => setReviewerFinished(db, review.id, reviewerId, true, new Date())))}
          />
        )}
        <button type="button" className="button button-secondary" onClick={() => void exportMine()}>
          {t('consensus:actions.export')}
        </button>
        {hasOther && !canSeeOther && (
          <ConfirmButton
            label={t('consensus:actions.reveal')}
            title={t('consensus:actions.revealTitle')}
            body={<p>{t('consensus:actions.revealBody')}</p>}
            confirmLabel={t('consensus:actions.reveal')}
            className="button button-link"
            disabled={isFinal}
            onConfirm={() => void save(() => afterDraftsSaved(() => revealOtherScores(db, review.id, reviewerId, new Date())))}
          />
        )}
      </div>
      <div aria-live="polite">
        {exported.kind === 'done' && <p className="notice">{t('consensus:actions.exportDone', { file: exported.fileName })}</p>}
        {exported.kind === 'failed' && <p className="notice notice-error">{t('consensus:actions.exportFailed')}</p>}
      </div>
    </div>
  );
}
