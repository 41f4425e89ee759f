import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_SOURCES, type DataSource } from '../../domain/fidelity/items';
import { LONG_TEXT_MAX } from '../../domain/records/limits';
import type { Rating } from '../../domain/records/review';
import { db } from '../../db/app-db';
import { setRatingDataSources, setRatingNotes } from '../../db/repos/ratings';
import { guardIdentityCode, useIdentityCodeMessage } from '../../ui/identity-code-message';
import { EditConflict } from '../../ui/edit-conflict';
import { useAutosavedText } from '../../ui/use-autosaved-text';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/** Evidence notes, saved as they are typed; keyed by rating so each item keeps its own draft. */
export function RatingNotes({ rating, isReadOnly }: { rating: Rating; isReadOnly: boolean }) {
  const { t } = useTranslation(['reviews', 'common']);
  const id = useId();
  const save = useTrackedSave();
  const notes = useAutosavedText(
    rating.notes,
    guardIdentityCode((value) => save(() => setRatingNotes(db, rating.id, value, new Date()))),
    async () => (await db.ratings.get(rating.id))?.notes,
  );
  const codeMessage = useIdentityCodeMessage()(notes.value, t('reviews:item.notes'));
  return (
    <div className="field">
      <label htmlFor={id}>{t('reviews:item.notes')}</label>
      <span id={`${id}-hint`} className="field-hint">
        {t('reviews:item.notesHint')}
      </span>
      <textarea
        spellCheck={false}
        id={id}
        className="notes-input"
        value={notes.value}
        maxLength={LONG_TEXT_MAX}
        readOnly={isReadOnly}
        aria-describedby={codeMessage ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={codeMessage ? true : undefined}
        onChange={(event) => notes.onChange(event.target.value)}
        onBlur={() => void notes.flush()}
        data-testid="rating-notes"
      />
      {codeMessage && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {codeMessage}
        </span>
      )}
      <EditConflict text={notes} fieldId={id} />
    </div>
  );
}

/** Which of MIS / DOC / INT / OBS the reviewer actually used for this item. */
export function RatingDataSources({
  rating,
  suggested,
  isReadOnly,
}: {
  rating: Rating;
  suggested: readonly DataSource[];
  isReadOnly: boolean;
}) {
  const { t } = useTranslation(['reviews', 'common']);
  const save = useTrackedSave();
  const toggle = (source: DataSource, isOn: boolean) => {
    const next = isOn ? [...rating.dataSources, source] : rating.dataSources.filter((s) => s !== source);
    void save(() => setRatingDataSources(db, rating.id, next, new Date()));
  };
  return (
    <fieldset className="field" disabled={isReadOnly}>
      <legend>{t('reviews:item.sourcesUsed')}</legend>
      <span className="field-hint">
        {t('reviews:item.suggestedSources', { sources: suggested.map((s) => t(`common:dataSources.${s}`)).join(', ') })}
      </span>
      <div className="row">
        {DATA_SOURCES.map((source) => (
          <label key={source} className="checkbox">
            <input type="checkbox" checked={rating.dataSources.includes(source)} onChange={(e) => toggle(source, e.target.checked)} />
            <abbr title={t(`common:dataSources.${source}`)}>{source}</abbr>
            <span className="small muted">{t(`common:dataSources.${source}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
