import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { useUnseenRepairs } from '../../db/live/repair';
import { acknowledgeRepair } from '../../db/repair-notice';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/**
 * Tells the user, once, which reviews the update repaired (issue 14 #1: schema 7 kept one score
 * per item where a merge had left two). Shown on the service list until dismissed.
 */
export function RepairNotice() {
  const { t } = useTranslation(['services']);
  const locale = useLocale();
  const repairs = useUnseenRepairs();
  const save = useTrackedSave();
  if (!repairs || repairs.length === 0) return null;
  return (
    <div className="notice stack" role="status" data-testid="repair-notice">
      <h2>{t('services:repairNotice.title')}</h2>
      <p>{t('services:repairNotice.intro')}</p>
      <ul>
        {repairs.map((repair) => (
          <li key={repair.reviewId}>
            <Link href={`/reviews/${repair.reviewId}`}>
              {t('services:repairNotice.review', {
                service: repair.serviceName,
                date: repair.firstDay ? formatDate(repair.firstDay, locale) : '',
                count: repair.removed,
              })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="button button-secondary" onClick={() => void save(() => acknowledgeRepair(db, new Date()))}>
          {t('services:repairNotice.dismiss')}
        </button>
      </div>
    </div>
  );
}
