import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ItemId } from '../domain/fidelity/items';
import { useFollowUpContext } from '../db/live/follow-ups';
import { formatDateRange } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';

// The controls load only for items that have something to follow up, to keep the scoring
// screen's start-up JavaScript small (its budget is 150 kB gzip).
const FollowUpList = lazy(() => import('./follow-up-list').then((m) => ({ default: m.FollowUpList })));

/**
 * On the scoring screen: the previous final review's recommendations for this item, each with
 * what became of it (issue 6). Renders nothing when there is nothing to follow up.
 */
export function RecommendationFollowUp({ reviewId, itemId, isReadOnly }: { reviewId: string; itemId: ItemId; isReadOnly: boolean }) {
  const { t } = useTranslation(['common', 'reviews']);
  const locale = useLocale();
  const context = useFollowUpContext(reviewId);
  const recommendations = context?.recommendations.filter((r) => r.itemId === itemId) ?? [];
  if (!context || recommendations.length === 0) return null;
  const { previous } = context;
  return (
    <section className="stack follow-ups" aria-labelledby={`follow-up-title-${itemId}`}>
      <h3 id={`follow-up-title-${itemId}`}>
        {t('reviews:followUp.itemTitle', { date: formatDateRange(previous.firstDay, previous.lastDay, locale) })}
      </h3>
      <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>
        <FollowUpList reviewId={reviewId} recommendations={recommendations} followUps={context.followUps} isReadOnly={isReadOnly} />
      </Suspense>
    </section>
  );
}
