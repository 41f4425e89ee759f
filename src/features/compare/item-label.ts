import { useTranslation } from 'react-i18next';
import type { Section } from '../../domain/fidelity/items';

/** Short item codes for chart axes ("H1", "P14" in Finnish; "S1", "V14" in English). */
export function useItemCode(): (section: Section, number: number) => string {
  const { t } = useTranslation();
  return (section, number) => t('compare.itemCode', { section: t(`compare.sectionCode.${section}`), number });
}
