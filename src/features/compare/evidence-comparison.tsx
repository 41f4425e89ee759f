import { Fragment } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReviewRound } from '../../db/comparison-queries';
import { usePairEvidence, type ReviewEvidenceState } from '../../db/live/evidence';
import { EVIDENCE_ITEMS, type EvidenceItemId } from '../../domain/evidence/evidence-input';
import type { ItemId } from '../../domain/fidelity/items';
import { formatDateRange, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ScrollTable } from '../../ui/scroll-table';

interface Props {
  baseline: ReviewRound;
  compared: ReviewRound;
  titles: ReadonlyMap<ItemId, string>;
}

/**
 * Issue 6 with issue 5: what the tracked data said at each review, as stored when it was finalised,
 * beside the score the reviewers gave. Shown only when at least one of the two has a snapshot.
 */
export function EvidenceComparison({ baseline, compared, titles }: Props) {
  const { t } = useTranslation(['evidence']);
  const locale = useLocale();
  const pair = usePairEvidence(baseline.review.id, compared.review.id);
  if (!pair || pair.every((state) => !state.record?.snapshot)) return null;
  const rounds = [
    { round: baseline, state: pair[0] },
    { round: compared, state: pair[1] },
  ];

  const cell = (round: ReviewRound, state: ReviewEvidenceState, itemId: EvidenceItemId) => {
    const snapshot = state.record?.snapshot;
    if (!snapshot) return <td className="muted">{t('evidence:compare.none')}</td>;
    const evidence = snapshot.items[itemId];
    const score = round.ratings[itemId] ?? null;
    const decision = state.suggestions.find((s) => s.itemId === itemId && s.score === score);
    return (
      <td>
        {evidence ? t(`evidence:figure.${itemId}`, { value: formatNumber(evidence.value, locale, 1) }) : t(`evidence:noFigure.${itemId}`)}
        <br />
        <span className="small">
          {evidence && t('evidence:compare.suggestedShort', { score: evidence.suggestedScore })}
          {score !== null && ` · ${t('evidence:compare.given', { score })}`}
          {decision?.followed && ` ${t('evidence:compare.followed')}`}
          {evidence && evidence.thin.length > 0 && ` · ⚠ ${t('evidence:compare.thin')}`}
        </span>
      </td>
    );
  };

  return (
    <section className="panel stack" aria-labelledby="evidence-compare-title" data-testid="evidence-comparison">
      <h2 id="evidence-compare-title">{t('evidence:compare.title')}</h2>
      <p>{t('evidence:compare.intro')}</p>
      <ScrollTable label={t('evidence:compare.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('evidence:compare.item')}</th>
              {rounds.map(({ round, state }) => (
                <th scope="col" key={round.review.id}>
                  {formatDateRange(round.review.firstDay, round.review.lastDay, locale)}
                  {state.record?.snapshot && (
                    <span className="small muted">
                      <br />
                      {formatDateRange(state.record.snapshot.period.from, state.record.snapshot.period.to, locale)}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {EVIDENCE_ITEMS.map((itemId) => (
              <tr key={itemId}>
                <th scope="row">{titles.get(itemId) ?? itemId}</th>
                {rounds.map(({ round, state }) => (
                  <Fragment key={round.review.id}>{cell(round, state, itemId)}</Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
