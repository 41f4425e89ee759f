import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AgreementFigures } from '../../domain/consensus/agreement';
import { totalScore, type RatingsByItem } from '../../domain/fidelity/scoring';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { formatPercent } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { BandBadge } from '../../ui/band-badge';

function percent(value: number | null, locale: Locale): string {
  return value === null ? '–' : formatPercent(value, locale);
}

interface Props {
  figures: AgreementFigures;
  names: readonly [string, string];
  totals: readonly [RatingsByItem, RatingsByItem];
  consensus: RatingsByItem;
}

/** Agreement figures, each reviewer's own total, and the consensus total and band the review gets. */
export function AgreementSummary({ figures, names, totals, consensus }: Props) {
  const { t } = useTranslation(['consensus']);
  const locale = useLocale();
  const titleId = useId();
  const agreed = totalScore(consensus);
  return (
    <section className="panel stack" aria-labelledby={titleId} data-testid="agreement-summary">
      <h2 id={titleId}>{t('consensus:figures.title')}</h2>
      <dl className="agreement-figures">
        <div>
          <dt>{t('consensus:figures.exact')}</dt>
          <dd data-testid="exact-agreement">{percent(figures.exactPercent, locale)}</dd>
          <dd className="small muted">{t('consensus:figures.ofItems', { count: figures.exact, base: figures.bothRated })}</dd>
        </div>
        <div>
          <dt>{t('consensus:figures.withinOne')}</dt>
          <dd data-testid="within-one-agreement">{percent(figures.withinOnePercent, locale)}</dd>
          <dd className="small muted">{t('consensus:figures.ofItems', { count: figures.withinOne, base: figures.bothRated })}</dd>
        </div>
        {names.map((name, index) => {
          const own = totalScore(totals[index] ?? {});
          return (
            <div key={index}>
              <dt>{t('consensus:figures.reviewerTotal', { name })}</dt>
              <dd>{own.total}</dd>
              <dd className="small muted">{t('consensus:figures.rated', { rated: own.rated })}</dd>
            </div>
          );
        })}
        <div>
          <dt>{t('consensus:figures.consensusTotal')}</dt>
          <dd data-testid="consensus-total">{agreed.total}</dd>
          <dd className="small">
            {t('consensus:figures.rated', { rated: agreed.rated })}{' '}
            {agreed.rated > 0 && <BandBadge total={agreed.total} isComplete={agreed.isComplete} />}
          </dd>
        </div>
      </dl>
      <p className="small muted">{t('consensus:figures.explained')}</p>
    </section>
  );
}
