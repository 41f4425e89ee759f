import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, type RecommendationFollowUp } from '../domain/records/follow-up';
import type { Recommendation } from '../domain/records/review';
import { db } from '../db/app-db';
import { recordFollowUp } from '../db/repos/follow-ups';
import { guardIdentityCode, useIdentityCodeMessage } from '../ui/identity-code-message';
import { EditConflict } from '../ui/edit-conflict';
import { useAutosavedText } from '../ui/use-autosaved-text';
import { useTrackedSave } from './use-tracked-save';

interface RowProps {
  reviewId: string;
  recommendation: Recommendation;
  followUp: RecommendationFollowUp | undefined;
  isReadOnly: boolean;
}

/** The note appears once a status is chosen: a follow-up record starts with its status. */
function FollowUpNote({ reviewId, followUp, isReadOnly }: { reviewId: string; followUp: RecommendationFollowUp; isReadOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useTrackedSave();
  const note = useAutosavedText(
    followUp.note,
    guardIdentityCode((value) => save(() => recordFollowUp(db, reviewId, followUp.recommendationId, { note: value }, new Date()))),
    async () => (await db.recommendationFollowUps.get(followUp.id))?.note,
  );
  const codeMessage = useIdentityCodeMessage()(note.value, t('reviews.followUp.note'));
  return (
    <div className="field">
      <label htmlFor={id}>{t('reviews.followUp.note')}</label>
      <textarea
        spellCheck={false}
        id={id}
        rows={2}
        value={note.value}
        readOnly={isReadOnly}
        onChange={(e) => note.onChange(e.target.value)}
        onBlur={() => void note.flush()}
        aria-invalid={codeMessage ? true : undefined}
        aria-describedby={codeMessage ? `${id}-error` : undefined}
      />
      {codeMessage && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {codeMessage}
        </span>
      )}
      <EditConflict text={note} fieldId={id} />
    </div>
  );
}

function FollowUpRow({ reviewId, recommendation, followUp, isReadOnly }: RowProps) {
  const { t } = useTranslation();
  const save = useTrackedSave();
  return (
    <li className="follow-up stack" data-testid="follow-up">
      <p className="pre-wrap">
        {recommendation.text} <span className="muted small">({t(`common.priorities.${recommendation.priority}`)})</span>
      </p>
      <fieldset disabled={isReadOnly}>
        <legend className="field-label">{t('reviews.followUp.statusLabel')}</legend>
        <div className="row">
          {FOLLOW_UP_STATUSES.map((status) => (
            <label key={status} className="radio">
              <input
                type="radio"
                name={`follow-up-${recommendation.id}`}
                checked={followUp?.status === status}
                onChange={() => void save(() => recordFollowUp(db, reviewId, recommendation.id, { status }, new Date()))}
              />
              {t(`reviews.followUp.status.${status}`)}
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
