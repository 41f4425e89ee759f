import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { fidelityBand, totalScore, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Review } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { finaliseReview } from '../../db/repos/reviews';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { afterDraftsSaved } from '../../ui/draft-registry';

/** Finalise as on the review screen: only with a consensus score on every item. */
export function FinaliseConsensus({ review, consensus }: { review: Review; consensus: RatingsByItem }) {
  const { t } = useTranslation(['reviews', 'consensus', 'common']);
  const save = useTrackedSave();
  const { total, rated, isComplete } = totalScore(consensus);
  if (review.status === 'final') {
    return (
      <div className="row">
        <p className="notice" role="status" data-testid="consensus-final">
          {t('consensus:finalise.done')}
        </p>
        <Link href={`/reviews/${review.id}`} className="button button-secondary">
          {t('consensus:finalise.openReview')}
        </Link>
      </div>
    );
  }
  return (
    <div className="row">
      <ConfirmButton
        label={t('reviews:finalise.button')}
        title={t('reviews:finalise.title')}
        body={<p>{t('reviews:finalise.body', { total, band: t(`common:bands.${fidelityBand(total)}`) })}</p>}
        confirmLabel={t('reviews:finalise.button')}
        disabled={!isComplete}
        onConfirm={() => void save(() => afterDraftsSaved(() => finaliseReview(db, review.id, new Date())))}
      />
      {!isComplete && <span className="small muted">{t('reviews:finalise.incomplete', { count: 25 - rated })}</span>}
    </div>
  );
}
