import { useTranslation } from '../i18n/use-translation';
import { fidelityBand } from '../domain/fidelity/scoring';

interface Props {
  total: number;
  /** A band is shown as final only for a complete rating (evidence-rules.md §1). */
  isComplete: boolean;
}

export function BandBadge({ total, isComplete }: Props) {
  const { t } = useTranslation(['common']);
  const band = fidelityBand(total);
  return (
    <span className={`band-badge band-${band}`} data-band={band}>
      {t(`common:bands.short.${band}`)}
      {!isComplete && ` (${t('common:bands.provisional')})`}
    </span>
  );
}
