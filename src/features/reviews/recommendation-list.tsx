import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ItemId } from '../../domain/fidelity/items';
import { LONG_TEXT_MAX } from '../../domain/records/base';
import { PRIORITIES, type Priority, type Recommendation } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { addRecommendation, deleteRecommendation, updateRecommendation } from '../../db/repos/recommendations';
import { useIdentityCodeMessage } from '../../ui/identity-code-message';
import { DraftOffer } from '../../ui/draft-offer';
import { NotesField } from '../../ui/notes-field';
import { useFormDraft } from '../../widgets/use-form-draft';
import { useTrackedSave, useTrackedTextSave } from '../../widgets/use-tracked-save';
import { useSingleSubmit } from '../../ui/use-single-submit';

function PrioritySelect({ value, onChange, disabled }: { value: Priority; onChange: (p: Priority) => void; disabled?: boolean }) {
  const { t } = useTranslation(['reviews', 'common']);
  const id = useId();
  return (
    <div className="field priority-field">
      <label htmlFor={id}>{t('reviews:recommendations.priority')}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Priority)}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`common:priorities.${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function RecommendationRow({ recommendation, index, isReadOnly }: { recommendation: Recommendation; index: number; isReadOnly: boolean }) {
  const { t } = useTranslation(['reviews', 'common']);
  const save = useTrackedSave();
  const saveText = useTrackedTextSave();
  return (
    <li className="recommendation">
      <NotesField
        label={`${t('reviews:recommendations.text')} ${index + 1}`}
        stored={recommendation.text}
        rows={2}
        isReadOnly={isReadOnly}
        save={(value, base) => saveText(() => updateRecommendation(db, recommendation.id, { text: value }, new Date(), base))}
      />
      <div className="row">
        <PrioritySelect
          value={recommendation.priority}
          disabled={isReadOnly}
          onChange={(priority) => void save(() => updateRecommendation(db, recommendation.id, { priority }, new Date()))}
        />
        {!isReadOnly && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void save(() => deleteRecommendation(db, recommendation.id, new Date()))}
          >
            {t('reviews:recommendations.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

function NewRecommendation({ reviewId, itemId }: { reviewId: string; itemId: ItemId }) {
  const { t } = useTranslation(['reviews', 'common']);
  const id = useId();
  const save = useTrackedSave();
  const [text, setText] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  const [error, setError] = useState<string | null>(null);
  const identityCode = useIdentityCodeMessage();
  const draft = useFormDraft(
    `recommendation-new:${reviewId}:${itemId}`,
    { text, priority },
    { text: '', priority: 'medium' },
    (typed) => typed.text.trim() === '',
  );
  const restoreDraft = () => {
    const typed = draft.restore();
    if (!typed) return;
    setText(typed.text);
    setPriority(PRIORITIES.find((p) => p === typed.priority) ?? 'medium');
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('reviews:recommendations.textRequired'));
      return;
    }
    const codeMessage = identityCode(text, t('reviews:recommendations.add'));
    if (codeMessage) {
      setError(codeMessage);
      return;
    }
    setError(null);
    if (await save(() => addRecommendation(db, reviewId, itemId, text.trim(), priority, new Date()))) {
      draft.clear();
      setText('');
    }
  }
  const single = useSingleSubmit(submit);
  return (
    <form className="stack new-recommendation" onSubmit={single.onSubmit} noValidate>
      <DraftOffer isShown={draft.offered !== null} onRestore={restoreDraft} onDiscard={draft.discard} />
      <div className="field">
        <label htmlFor={id}>{t('reviews:recommendations.add')}</label>
        <textarea
          spellCheck={false}
          id={id}
          rows={2}
          maxLength={LONG_TEXT_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <div className="row">
        <PrioritySelect value={priority} onChange={setPriority} />
        <button type="submit" className="button button-secondary" disabled={single.isSubmitting}>
          {t('reviews:recommendations.add')}
        </button>
      </div>
    </form>
  );
}

export function RecommendationList(props: {
  reviewId: string;
  itemId: ItemId;
  recommendations: readonly Recommendation[];
  isReadOnly: boolean;
}) {
  const { t } = useTranslation(['reviews', 'common']);
  const { reviewId, itemId, recommendations, isReadOnly } = props;
  return (
    <section className="stack" aria-labelledby={`rec-title-${itemId}`}>
      <h3 id={`rec-title-${itemId}`}>{t('reviews:recommendations.title')}</h3>
      {recommendations.length === 0 && <p className="muted">{t('reviews:recommendations.none')}</p>}
      <ol className="list recommendations">
        {recommendations.map((r, index) => (
          <RecommendationRow key={r.id} recommendation={r} index={index} isReadOnly={isReadOnly} />
        ))}
      </ol>
      {!isReadOnly && <NewRecommendation key={itemId} reviewId={reviewId} itemId={itemId} />}
    </section>
  );
}
