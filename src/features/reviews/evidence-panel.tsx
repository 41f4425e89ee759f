import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import type { EvidenceContext } from '../../db/evidence-queries';
import { useEvidenceContext, useReviewEvidence } from '../../db/live/evidence';
import { setRatingScore } from '../../db/repos/ratings';
import { assessEvidence, defaultEvidencePeriod, hasTrackedData, type AssessedEvidence } from '../../domain/evidence/evidence-assessment';
import { EVIDENCE_RULES_VERSION, type EvidenceItemId, type Period } from '../../domain/evidence/evidence-input';
import type { Rating, Review } from '../../domain/records/review';
import type { RatingSuggestion } from '../../domain/records/review-evidence';
import { formatDateRange, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { EvidenceFigure } from '../../ui/evidence-figure';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { EvidenceConditions } from './evidence-conditions';
import { EvidencePeriodForm } from './evidence-period-form';
import { EvidenceRecords } from './evidence-records';
import { useSuggestionStore } from './suggestion-store';

interface Props {
  review: Review;
  itemId: EvidenceItemId;
  rating: Rating;
  isReadOnly: boolean;
}

/**
 * Issue 5, beside an item with numeric anchors: the figure from the service's tracked data, what it
 * rests on, the suggested score with one tap to use it, and the records behind it. A final review
 * shows the snapshot stored when it was finalised; a service without tracked data shows nothing.
 */
export function EvidencePanel({ review, itemId, rating, isReadOnly }: Props) {
  const { t } = useTranslation(['evidence']);
  const locale = useLocale();
  const state = useReviewEvidence(review.id);
  const isFinal = review.status === 'final';
  const period = state === undefined ? null : (state.record?.period ?? defaultEvidencePeriod(review.firstDay));
  const context = useEvidenceContext(review.serviceId, !isFinal);

  if (state === undefined) return null;
  if (isFinal) {
    const snapshot = state.record?.snapshot;
    if (!snapshot) return null;
    return (
      <EvidenceSection title={t('evidence:panel.title')} itemId={itemId}>
        <p className="muted small">
          {t('evidence:panel.period', { range: formatDateRange(snapshot.period.from, snapshot.period.to, locale) })}
        </p>
        <p className="small" data-testid="evidence-snapshot-note">
          {t('evidence:panel.snapshot', { date: formatDateTime(snapshot.computedAt, locale) })}
        </p>
        <ItemFigure itemId={itemId} evidence={snapshot.items[itemId]} />
        <EvidenceConditions
          itemId={itemId}
          evidence={snapshot.items[itemId]}
          rulesVersion={snapshot.rulesVersion ?? 1}
          contactLogReview={snapshot.contactLogReview}
        />
        {snapshot.items[itemId] && (
          <>
            <SuggestedScore score={snapshot.items[itemId].suggestedScore} />
            <SuggestionStatus
              rating={rating}
              suggested={snapshot.items[itemId].suggestedScore}
              remembered={remembered(state.suggestions, itemId)}
            />
          </>
        )}
      </EvidenceSection>
    );
  }
  if (!period) return null;
  if (context === undefined)
    return (
      <p role="status" className="muted small">
        {t('evidence:panel.loading')}
      </p>
    );
  if (!state.record && !hasTrackedData(context.input)) return null;
  return (
    <LiveEvidence
      review={review}
      itemId={itemId}
      rating={rating}
      isReadOnly={isReadOnly}
      period={period}
      isDefaultPeriod={!state.record?.period}
      context={context}
      suggestions={state.suggestions}
    />
  );
}

const remembered = (suggestions: readonly RatingSuggestion[], itemId: EvidenceItemId) => suggestions.find((s) => s.itemId === itemId);

function EvidenceSection({ title, itemId, children }: { title: string; itemId: EvidenceItemId; children: React.ReactNode }) {
  return (
    <section className="evidence-panel" aria-labelledby={`evidence-title-${itemId}`} data-testid="evidence-panel">
      <h3 id={`evidence-title-${itemId}`}>{title}</h3>
      {children}
    </section>
  );
}

function ItemFigure({ itemId, evidence }: { itemId: EvidenceItemId; evidence: AssessedEvidence | undefined }) {
  const { t } = useTranslation(['evidence']);
  if (!evidence) return <p data-testid={`evidence-none-${itemId}`}>{t(`evidence:noFigure.${itemId}`)}</p>;
  return <EvidenceFigure itemId={itemId} evidence={evidence} />;
}

function SuggestedScore({ score }: { score: number }) {
  const { t } = useTranslation(['evidence']);
  return (
    <p className="evidence-suggestion" data-testid="evidence-suggested">
      {t('evidence:panel.suggested')}: <strong>{score}</strong>
    </p>
  );
}

/** Whether the score follows the suggestion: as remembered when it was chosen, else as it reads now. */
function SuggestionStatus({
  rating,
  suggested,
  remembered,
}: {
  rating: Rating;
  suggested: number;
  remembered: RatingSuggestion | undefined;
}) {
  const { t } = useTranslation(['evidence']);
  if (rating.score === null) return <p className="muted small">{t('evidence:panel.notRated')}</p>;
  const decision = remembered && remembered.score === rating.score ? remembered : null;
  const followed = decision ? decision.followed : rating.score === suggested;
  return (
    <p className="small" data-testid="evidence-followed">
      {followed
        ? t('evidence:panel.followed')
        : t('evidence:panel.differs', { score: rating.score, suggested: decision?.suggestedScore ?? suggested })}
    </p>
  );
}

interface LiveProps extends Props {
  period: Period;
  isDefaultPeriod: boolean;
  context: EvidenceContext;
  suggestions: readonly RatingSuggestion[];
}

function LiveEvidence({ review, itemId, rating, isReadOnly, period, isDefaultPeriod, context, suggestions }: LiveProps) {
  const { t } = useTranslation(['evidence']);
  const locale = useLocale();
  const save = useTrackedSave();
  const [isEditingPeriod, setEditingPeriod] = useState(false);
  const [isListOpen, setListOpen] = useState(false);
  // The period object is made anew on each render; its dates say whether it changed.
  const { from, to } = period;
  const evidence = useMemo(() => assessEvidence(context.input, { from, to }), [context, from, to])[itemId];
  const suggested = evidence?.suggestedScore ?? null;
  const show = useSuggestionStore((store) => store.show);

  // The score buttons read this when tapped, so a hand-picked score is remembered against it.
  useEffect(() => {
    show(suggested === null ? null : { reviewId: review.id, itemId, suggestedScore: suggested });
    return () => show(null);
  }, [show, review.id, itemId, suggested]);

  return (
    <EvidenceSection title={t('evidence:panel.title')} itemId={itemId}>
      <div className="row-between">
        <p className="muted small" data-testid="evidence-period">
          {t('evidence:panel.period', { range: formatDateRange(period.from, period.to, locale) })} (
          {isDefaultPeriod ? t('evidence:panel.defaultPeriod') : t('evidence:panel.chosenPeriod')})
        </p>
        {!isReadOnly && !isEditingPeriod && (
          <button type="button" className="button button-secondary" onClick={() => setEditingPeriod(true)}>
            {t('evidence:panel.changePeriod')}
          </button>
        )}
      </div>
      {isEditingPeriod && (
        <EvidencePeriodForm reviewId={review.id} period={period} isDefault={isDefaultPeriod} onDone={() => setEditingPeriod(false)} />
      )}
      <ItemFigure itemId={itemId} evidence={evidence} />
      <EvidenceConditions
        itemId={itemId}
        evidence={evidence}
        rulesVersion={EVIDENCE_RULES_VERSION}
        contactLogReview={context.input.contactLogReview}
      />
      {evidence && (
        <>
          <div className="row">
            <SuggestedScore score={evidence.suggestedScore} />
            {!isReadOnly && rating.score !== evidence.suggestedScore && (
              <button
                type="button"
                className="button"
                data-testid="evidence-apply"
                onClick={() => void save(() => setRatingScore(db, rating.id, evidence.suggestedScore, new Date(), evidence.suggestedScore))}
              >
                {t('evidence:panel.apply', { score: evidence.suggestedScore })}
              </button>
            )}
          </div>
          <SuggestionStatus rating={rating} suggested={evidence.suggestedScore} remembered={remembered(suggestions, itemId)} />
          <details onToggle={(event) => setListOpen(event.currentTarget.open)} data-testid="evidence-list">
            <summary>{t('evidence:list.show', { count: evidence.basis })}</summary>
            {isListOpen && <EvidenceRecords itemId={itemId} context={context} period={period} />}
          </details>
        </>
      )}
    </EvidenceSection>
  );
}
