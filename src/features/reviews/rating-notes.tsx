import { useTranslation } from '../../i18n/use-translation';
import { DATA_SOURCES, type DataSource } from '../../domain/fidelity/items';
import type { Rating } from '../../domain/records/review';
import { withAppDb } from '../../db/load-app-db';
import { setRatingDataSources, setRatingNotes } from '../../db/repos/ratings';
import { NotesField } from '../../ui/notes-field';
import { useTrackedSave, useTrackedTextSave } from '../../widgets/use-tracked-save';

/** Evidence notes, saved as they are typed; keyed by rating so each item keeps its own draft. */
export function RatingNotes({ rating, isReadOnly }: { rating: Rating; isReadOnly: boolean }) {
  const { t } = useTranslation(['reviews']);
  const saveText = useTrackedTextSave();
  return (
    <NotesField
      label={t('reviews:item.notes')}
      hint={t('reviews:item.notesHint')}
      className="notes-input"
      testId="rating-notes"
      stored={rating.notes}
      isReadOnly={isReadOnly}
      save={(value, base) => saveText(() => withAppDb((db) => setRatingNotes(db, rating.id, value, new Date(), base)))}
    />
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
    void save(() => withAppDb((db) => setRatingDataSources(db, rating.id, next, new Date())));
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
