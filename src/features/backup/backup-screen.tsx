import { useTranslation } from '../../i18n/use-translation';
import { ExportSection } from './export-section';
import { RestoreSection } from './restore-section';

export function BackupScreen() {
  const { t } = useTranslation(['backup']);
  return (
    <div className="stack">
      <h1>{t('backup:title')}</h1>
      <p>{t('backup:intro')}</p>
      <ExportSection />
      <RestoreSection />
    </div>
  );
}
