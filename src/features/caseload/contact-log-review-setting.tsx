import { useTranslation } from '../../i18n/use-translation';
import { CONTACT_LOG_REVIEWS, type ContactLogReview } from '../../domain/evidence/evidence-input';
import type { Service } from '../../domain/records/service';
import { db } from '../../db/app-db';
import { setContactLogReview } from '../../db/repos/services';
import { SelectField } from '../../ui/select-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

const NOT_RECORDED = '';

/**
 * How the team leader reviews the employer contact log, a setting of the service. services-6's
 * anchors ask for weekly review for a 5 and monthly for a 3 or 4; evidence rules version 2 caps
 * the suggestion by it. Saved as soon as it is chosen.
 */
export function ContactLogReviewSetting({ service }: { service: Service }) {
  const { t } = useTranslation(['caseload']);
  const save = useTrackedSave();
  const value = service.contactLogReview ?? NOT_RECORDED;
  const choose = (next: string) => {
    const review: ContactLogReview | null = CONTACT_LOG_REVIEWS.find((option) => option === next) ?? null;
    void save(() => setContactLogReview(db, service.id, review, new Date()));
  };
  return (
    <section className="panel stack" aria-labelledby="log-review-title">
      <h2 id="log-review-title">{t('caseload:logReview.title')}</h2>
      <p>{t('caseload:logReview.intro')}</p>
      <SelectField label={t('caseload:logReview.label')} value={value} onChange={choose} data-testid="log-review">
        <option value={NOT_RECORDED}>{t('caseload:logReview.options.notRecorded')}</option>
        {CONTACT_LOG_REVIEWS.map((option) => (
          <option key={option} value={option}>
            {t(`caseload:logReview.options.${option}`)}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
