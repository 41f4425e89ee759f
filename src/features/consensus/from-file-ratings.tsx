import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { canSeeOtherScores, isReadyForConsensus } from '../../domain/consensus/blind';
import { useLocale } from '../../i18n/use-locale';
import { MyRatingItem } from './my-rating-item';
import type { ConsensusData, ReviewerEntry } from './use-consensus-data';

/**
 * Issue 14 #6: a reviewer whose ratings came here in their file rates on the other tablet, so here
 * they are read-only, and hidden (blind rating) until this tablet's own reviewer has finished or
 * chosen to reveal them. A device with no reviewer of its own shows them once both have finished.
 */
export function FromFileRatings({ data, entry, heading }: { data: ConsensusData; entry: ReviewerEntry; heading: ReactNode }) {
  const { t } = useTranslation(['consensus']);
  const locale = useLocale();
  const own = data.reviewers.find((r) => !r.isFromFile && r.reviewerId !== entry.reviewerId && r.status !== null);
  const isVisible = own
    ? canSeeOtherScores(own.status, entry.status)
    : isReadyForConsensus(data.reviewers.map((r) => r.status ?? { finishedAt: null, revealedAt: null }));
  return (
    <div className="stack consensus-screen">
      {heading}
      <section className="panel stack" data-testid="from-file-ratings">
        <p className="notice">{t('consensus:mine.fromFileNotice', { name: entry.name })}</p>
        {!isVisible && (
          <p className="notice notice-warning" data-testid="from-file-hidden">
            {t('consensus:mine.fromFileHidden', { name: entry.name })}
          </p>
        )}
      </section>
      {isVisible && (
        <ol className="my-rating-list">
          {data.scale.items.map((item) => {
            const rating = entry.ratings.find((r) => r.itemId === item.id);
            return rating ? <MyRatingItem key={item.id} item={item} rating={rating} locale={locale} isReadOnly /> : null;
          })}
        </ol>
      )}
    </div>
  );
}
