import { useTranslation } from '../../i18n/use-translation';
import type { Locale, ScaleItem } from '../../domain/fidelity/scale-definition';
import type { ReviewerRating } from '../../domain/records/reviewer-rating';
import { db } from '../../db/app-db';
import { setReviewerNotes, setReviewerScore } from '../../db/repos/reviewer-ratings';
import { useTrackedSave, useTrackedTextSave } from '../../widgets/use-tracked-save';
import { NotesField } from '../../ui/notes-field';
import { ScorePicker } from './score-picker';

interface Props {
  item: ScaleItem;
  rating: ReviewerRating;
  locale: Locale;
  isReadOnly: boolean;
  /** The other reviewer's score, only when blind rating allows it (undefined: hidden). */
  other?: { name: string; score: number | null };
}

/** One item of a reviewer's own rating: what it checks, the score guidance, their score and notes. */
export function MyRatingItem({ item, rating, locale, isReadOnly, other }: Props) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const save = useTrackedSave();
  const saveText = useTrackedTextSave();
  const text = item.texts[locale];
  const titleId = `my-item-${item.id}`;
  return (
    <li className="my-rating-item" aria-labelledby={titleId} data-testid={`my-item-${item.id}`}>
      <div className="stack">
        <h2 id={titleId} className="my-rating-title">
          <span className="muted small">
            {t('reviews:item.sectionNumber', { section: t(`common:sections.${item.section}`), number: item.number })}
          </span>{' '}
          {text.title}
        </h2>
        <details>
          <summary className="details-toggle">{t('consensus:mine.guidance')}</summary>
          <p className="small">{text.description}</p>
          <ol className="anchor-list small">
            {text.anchors.map((anchor, index) => (
              <li key={index} value={index + 1}>
                {anchor}
              </li>
            ))}
          </ol>
        </details>
        {other && (
          <p className="other-score" data-testid="other-score">
            {other.score === null
              ? t('consensus:mine.otherNotRated', { name: other.name })
              : t('consensus:mine.otherScore', { name: other.name, score: other.score })}
          </p>
        )}
      </div>
      <div className="stack">
        <ScorePicker
          name={`my-score-${item.id}`}
          legend={t('consensus:mine.scoreLegend', { title: text.title })}
          score={rating.score}
          isReadOnly={isReadOnly}
          describe={(score) => text.anchors[score - 1] ?? ''}
          onChange={(score) => void save(() => setReviewerScore(db, rating.id, score, new Date()))}
        />
        <NotesField
          key={rating.id}
          label={t('consensus:mine.notes', { title: text.title })}
          stored={rating.notes}
          isReadOnly={isReadOnly}
          save={(value, base) => saveText(() => setReviewerNotes(db, rating.id, value, new Date(), base))}
        />
      </div>
    </li>
  );
}
