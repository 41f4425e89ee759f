import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';

/** The rules users must follow for the app to stay free of identifiable client data (reliability.md §0.6). */
export function PrivacySection() {
  const { t } = useTranslation(['settings']);
  const titleId = useId();
  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:privacy.title')}</h2>
      <p>{t('settings:privacy.intro')}</p>
      <h3>{t('settings:privacy.allowedTitle')}</h3>
      <ul>
        <li>{t('settings:privacy.allowed.services')}</li>
        <li>{t('settings:privacy.allowed.codes')}</li>
        <li>{t('settings:privacy.allowed.reviews')}</li>
      </ul>
      <h3>{t('settings:privacy.forbiddenTitle')}</h3>
      <ul>
        <li>{t('settings:privacy.forbidden.names')}</li>
        <li>{t('settings:privacy.forbidden.identityCodes')}</li>
        <li>{t('settings:privacy.forbidden.diagnoses')}</li>
        <li>{t('settings:privacy.forbidden.contacts')}</li>
      </ul>
      <p>{t('settings:privacy.localOnly')}</p>
      <p>{t('settings:privacy.deviceResponsibility')}</p>
    </section>
  );
}
