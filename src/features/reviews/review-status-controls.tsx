import { useTranslation } from '../../i18n/use-translation';
import { useLocation } from 'wouter';
import { fidelityBand, totalScore, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Review } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { deleteReview, finaliseReview, reopenReview } from '../../db/repos/reviews';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { afterDraftsSaved } from '../../ui/draft-registry';

/** Finalise (only when all 25 are rated), reopen a final review, or delete it. */
export function ReviewStatusControls({ review, ratings }: { review: Review; ratings: RatingsByItem }) {
  const { t } = useTranslation(['reviews', 'common']);
  const save = useTrackedSave();
  const [, navigate] = useLocation();
  const { total, rated, isComplete } = totalScore(ratings);
  const isFinal = review.status === 'final';
  return (
    <div className="row status-controls">
      {isFinal ? (
        <ConfirmButton
          label={t('reviews:finalise.reopen')}
          title={t('reviews:finalise.reopenTitle')}
          body={<p>{t('reviews:finalise.reopenBody')}</p>}
          confirmLabel={t('reviews:finalise.reopen')}
          className="button button-secondary"
          onConfirm={() => void save(() => reopenReview(db, review.id, new Date()))}
        />
      ) : (
        <>
          <ConfirmButton
            label={t('reviews:finalise.button')}
            title={t('reviews:finalise.title')}
            body={<p>{t('reviews:finalise.body', { total, band: t(`common:bands.${fidelityBand(total)}`) })}</p>}
            confirmLabel={t('reviews:finalise.button')}
            disabled={!isComplete}
            onConfirm={() => void save(() => afterDraftsSaved(() => finaliseReview(db, review.id, new Date())))}
          />
          {!isComplete && <span className="small muted">{t('reviews:finalise.incomplete', { count: 25 - rated })}</span>}
        </>
      )}
      <ConfirmButton
        label={t('reviews:finalise.delete')}
        title={t('reviews:finalise.deleteTitle')}
        body={<p>{t('reviews:finalise.deleteBody')}</p>}
        confirmLabel={t('common:actions.delete')}
        isDanger
        className="button button-link"
        onConfirm={async () => {
          if (await save(() => deleteReview(db, review.id, new Date()))) navigate(`/services/${review.serviceId}`);
        }}
      />
    </div>
  );
}
