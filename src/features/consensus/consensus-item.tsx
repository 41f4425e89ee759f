import { useTranslation } from '../../i18n/use-translation';
import type { ItemComparison } from '../../domain/consensus/agreement';
import type { Locale, ScaleItem } from '../../domain/fidelity/scale-definition';
import type { Rating } from '../../domain/records/review';
import type { ReviewerRating } from '../../domain/records/reviewer-rating';
import { db } from '../../db/app-db';
import { setRatingNotes, setRatingScore } from '../../db/repos/ratings';
import { useTrackedSave, useTrackedTextSave } from '../../widgets/use-tracked-save';
import { NotesField } from '../../ui/notes-field';
import { ScorePicker } from './score-picker';

interface Props {
  item: ScaleItem;
  comparison: ItemComparison;
  reviewers: ReadonlyArray<{ name: string; rating: ReviewerRating | undefined }>;
  consensus: Rating;
  locale: Locale;
  isReadOnly: boolean;
}

function DifferenceTag({ comparison }: { comparison: ItemComparison }) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const { difference, first, second } = comparison;
  if (difference === null) {
    const text = first === null && second === null ? t('consensus:item.neither') : t('consensus:item.oneSided');
    return <span className="difference-tag difference-open">{text}</span>;
  }
  if (difference === 0) return <span className="difference-tag difference-none">✓ {t('consensus:item.same')}</span>;
  return (
    <span className={`difference-tag difference-${difference >= 2 ? 'large' : 'small'}`}>
      ≠ {t('consensus:item.difference', { count: difference })}
    </span>
  );
}

/** One item on the consensus screen: both reviewers side by side, then the agreed score and note. */
export function ConsensusItem({ item, comparison, reviewers, consensus, locale, isReadOnly }: Props) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const save = useTrackedSave();
  const saveText = useTrackedTextSave();
  const text = item.texts[locale];
  const titleId = `consensus-item-${item.id}`;
  return (
    <li className="consensus-item" aria-labelledby={titleId} data-testid={`consensus-${item.id}`}>
      <div className="row-between">
        <h3 id={titleId}>
          <span className="muted small">
            {t('reviews:item.sectionNumber', { section: t(`common:sections.${item.section}`), number: item.number })}
          </span>{' '}
          {text.title}
        </h3>
        <DifferenceTag comparison={comparison} />
      </div>
      <div className="consensus-sides">
        {reviewers.map(({ name, rating }, index) => (
          <div key={index} className="consensus-side">
            <p className="consensus-side-score">
              <span className="small muted">{name}</span>
              <strong data-testid={`side-score-${index + 1}`}>{rating?.score ?? '–'}</strong>
            </p>
            {rating?.score !== null && rating?.score !== undefined && <p className="small">{text.anchors[rating.score - 1]}</p>}
            <p className="small pre-wrap">{rating?.notes || <span className="muted">{t('consensus:item.noNotes')}</span>}</p>
          </div>
        ))}
      </div>
      <div className="consensus-agreed">
        <ScorePicker
          name={`consensus-score-${item.id}`}
          legend={t('consensus:item.consensusLegend', { title: text.title })}
          score={consensus.score}
          isReadOnly={isReadOnly}
          describe={(score) => text.anchors[score - 1] ?? ''}
          onChange={(score) => void save(() => setRatingScore(db, consensus.id, score, new Date()))}
        />
        <NotesField
          key={consensus.id}
          label={t('consensus:item.consensusNote', { title: text.title })}
          stored={consensus.notes}
          isReadOnly={isReadOnly}
          save={(value, base) => saveText(() => setRatingNotes(db, consensus.id, value, new Date(), base))}
        />
      </div>
    </li>
  );
}
