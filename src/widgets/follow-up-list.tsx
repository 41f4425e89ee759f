import { useTranslation } from '../i18n/use-translation';
import { FOLLOW_UP_STATUSES, type RecommendationFollowUp } from '../domain/records/follow-up';
import type { Recommendation } from '../domain/records/review';
import { db } from '../db/app-db';
import { recordFollowUp } from '../db/repos/follow-ups';
import { NotesField } from '../ui/notes-field';
import { useTrackedSave, useTrackedTextSave } from './use-tracked-save';

interface RowProps {
  reviewId: string;
  recommendation: Recommendation;
  followUp: RecommendationFollowUp | undefined;
  isReadOnly: boolean;
}

/** The note appears once a status is chosen: a follow-up record starts with its status. */
function FollowUpNote({ reviewId, followUp, isReadOnly }: { reviewId: string; followUp: RecommendationFollowUp; isReadOnly: boolean }) {
  const { t } = useTranslation(['reviews', 'common']);
  const saveText = useTrackedTextSave();
  return (
    <NotesField
      label={t('reviews:followUp.note')}
      stored={followUp.note}
      rows={2}
      isReadOnly={isReadOnly}
      save={(value, base) => saveText(() => recordFollowUp(db, reviewId, followUp.recommendationId, { note: value }, new Date(), base))}
    />
  );
}

function FollowUpRow({ reviewId, recommendation, followUp, isReadOnly }: RowProps) {
  const { t } = useTranslation(['reviews', 'common']);
  const save = useTrackedSave();
  return (
    <li className="follow-up stack" data-testid="follow-up">
      <p className="pre-wrap">
        {recommendation.text} <span className="muted small">({t(`common:priorities.${recommendation.priority}`)})</span>
      </p>
      <fieldset disabled={isReadOnly}>
        <legend className="field-label">{t('reviews:followUp.statusLabel')}</legend>
        <div className="row">
          {FOLLOW_UP_STATUSES.map((status) => (
            <label key={status} className="radio">
              <input
                type="radio"
                name={`follow-up-${recommendation.id}`}
                checked={followUp?.status === status}
                onChange={() => void save(() => recordFollowUp(db, reviewId, recommendation.id, { status }, new Date()))}
              />
              {t(`reviews:followUp.status.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {followUp && <FollowUpNote key={followUp.id} reviewId={reviewId} followUp={followUp} isReadOnly={isReadOnly} />}
    </li>
  );
}

/** The recommendations of one item with their follow-up controls; loaded only when there are some. */
export function FollowUpList(props: {
  reviewId: string;
  recommendations: readonly Recommendation[];
  followUps: readonly RecommendationFollowUp[];
  isReadOnly: boolean;
}) {
  const { reviewId, recommendations, followUps, isReadOnly } = props;
  return (
    <ol className="list">
      {recommendations.map((r) => (
        <FollowUpRow
          key={r.id}
          reviewId={reviewId}
          recommendation={r}
          followUp={followUps.find((f) => f.recommendationId === r.id)}
          isReadOnly={isReadOnly}
        />
      ))}
    </ol>
  );
}
