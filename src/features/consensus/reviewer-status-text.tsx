import { useTranslation } from '../../i18n/use-translation';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { ReviewerEntry } from './use-consensus-data';

/** Where a reviewer is, without any of their scores (blind rating): not here yet, rating, finished. */
export function ReviewerStatusText({ entry }: { entry: ReviewerEntry }) {
  const { t } = useTranslation(['consensus']);
  const locale = useLocale();
  if (!entry.status) return <span className="muted">{t('consensus:reviewers.notStarted')}</span>;
  if (entry.status.finishedAt) {
    return (
      <span className="reviewer-finished">
        ✓ {t('consensus:reviewers.finished', { date: formatDateTime(entry.status.finishedAt, locale) })}
      </span>
    );
  }
  const rated = entry.ratings.filter((r) => r.score !== null).length;
  return <span>{t('consensus:reviewers.inProgress', { rated })}</span>;
}
