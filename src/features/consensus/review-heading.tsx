import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { formatDateRange } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { ConsensusData } from './use-consensus-data';

/** The consensus screens' heading: a way back, the title, and which review this is. */
export function ReviewHeading({
  data,
  backHref,
  backLabel,
  title,
}: {
  data: ConsensusData;
  backHref: string;
  backLabel: string;
  title: string;
}) {
  const { t } = useTranslation(['common']);
  const locale = useLocale();
  const { review, service } = data;
  return (
    <header className="review-header">
      <Link href={backHref} className="back-link small">
        ← {backLabel}
      </Link>
      <h1>{title}</h1>
      <p className="muted small">
        {service?.name} · {formatDateRange(review.firstDay, review.lastDay, locale)} · {t(`common:reviewStatus.${review.status}`)}
      </p>
    </header>
  );
}

/** Loading and missing states shared by the consensus screens. */
export function LoadState({ data }: { data: ConsensusData | null | undefined }) {
  const { t } = useTranslation(['common']);
  if (data === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }
  return <p role="status">{t('common:status.loading')}</p>;
}
