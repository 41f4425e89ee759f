import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ScoreChange } from '../../domain/consensus/review-file-check';
import { FIDELITY_ITEMS } from '../../domain/fidelity/items';
import type { ImportTarget, SameVisitChoice } from '../../db/repos/review-file-plan';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

const NEW_SERVICE = 'new-service';

/**
 * Issue 14 #6: the file's service is not on this device, but a review of a service with the same
 * name and organisation has overlapping days. Same visit → the reviewer's ratings join that
 * review; "a new service" → the file's service and review are created as they are.
 */
export function SameVisitQuestion({
  serviceName,
  choices,
  onChoose,
  onCancel,
}: {
  serviceName: string;
  choices: readonly SameVisitChoice[];
  onChoose: (target: ImportTarget) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const locale = useLocale();
  const titleId = useId();
  const [chosen, setChosen] = useState<string>(choices[0]?.reviewId ?? NEW_SERVICE);
  const choose = () => onChoose(chosen === NEW_SERVICE ? { kind: 'as-in-file' } : { kind: 'same-visit', reviewId: chosen });
  return (
    <section className="notice stack" aria-labelledby={titleId} data-testid="review-file-same-visit">
      <h3 id={titleId}>{t('consensus:import.sameVisitTitle')}</h3>
      <p>{t('consensus:import.sameVisitIntro', { service: serviceName })}</p>
      <fieldset className="field">
        <legend>{t('consensus:import.sameVisitLegend')}</legend>
        <div className="stack">
          {choices.map((choice) => (
            <label key={choice.reviewId} className="radio">
              <input
                type="radio"
                name={`${titleId}-visit`}
                value={choice.reviewId}
                checked={chosen === choice.reviewId}
                onChange={() => setChosen(choice.reviewId)}
              />
              {t('consensus:import.sameVisitOption', {
                service: choice.serviceName,
                organisation: choice.organisation,
                days: formatDateRange(choice.firstDay, choice.lastDay, locale),
              })}
            </label>
          ))}
          <label className="radio">
            <input
              type="radio"
              name={`${titleId}-visit`}
              value={NEW_SERVICE}
              checked={chosen === NEW_SERVICE}
              onChange={() => setChosen(NEW_SERVICE)}
            />
            {t('consensus:import.newServiceOption', { service: serviceName })}
          </label>
        </div>
      </fieldset>
      <div className="row">
        <button type="button" className="button" onClick={choose}>
          {t('consensus:import.continue')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('consensus:import.cancel')}
        </button>
      </div>
    </section>
  );
}

function ChangeLine({ change, isBlind }: { change: ScoreChange; isBlind: boolean }) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const item = FIDELITY_ITEMS.find((i) => i.id === change.itemId);
  const label = item
    ? t('reviews:item.sectionNumber', { section: t(`common:sections.${item.section}`), number: item.number })
    : change.itemId;
  const none = t('consensus:import.noScore');
  const parts: string[] = [];
  if (change.from !== change.to) {
    // Blind rating: while this tablet's reviewer rates, the other's scores are not shown here either.
    parts.push(
      isBlind
        ? t('consensus:import.scoreChangedHidden')
        : t('consensus:import.scoreChanged', { from: change.from ?? none, to: change.to ?? none }),
    );
  }
  if (change.notesChanged) parts.push(t('consensus:import.notesChanged'));
  return (
    <li>
      {label}: {parts.join(', ')}
    </li>
  );
}

/** Issue 14 #6: a file that changes ratings already here lists each change and asks before writing. */
export function ChangesQuestion({
  reviewerName,
  changes,
  isBlind,
  onAccept,
  onCancel,
}: {
  reviewerName: string;
  changes: readonly ScoreChange[];
  isBlind: boolean;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['consensus', 'common', 'reviews']);
  const titleId = useId();
  return (
    <section className="notice notice-warning stack" aria-labelledby={titleId} data-testid="review-file-changes">
      <h3 id={titleId}>{t('consensus:import.changesTitle', { name: reviewerName })}</h3>
      <p>{t('consensus:import.changesIntro', { name: reviewerName, count: changes.length })}</p>
      <ul>
        {changes.map((change) => (
          <ChangeLine key={change.itemId} change={change} isBlind={isBlind} />
        ))}
      </ul>
      <div className="row">
        <button type="button" className="button" onClick={onAccept}>
          {t('consensus:import.acceptChanges', { count: changes.length })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('consensus:import.cancel')}
        </button>
      </div>
    </section>
  );
}
