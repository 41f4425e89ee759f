import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';

/** Makes clear that our item summaries are guidance, and the official scale is the reference. */
export function ScaleSection() {
  const { t } = useTranslation(['settings']);
  const titleId = useId();
  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:scale.title')}</h2>
      <p>{t('settings:scale.summaries')}</p>
      <p>{t('settings:scale.reference')}</p>
      <p>{t('settings:scale.checked')}</p>
      <Link href="/settings/scale" className="button button-secondary">
        {t('settings:scale.link')}
      </Link>
    </section>
  );
}
