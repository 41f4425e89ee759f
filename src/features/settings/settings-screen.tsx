import { useTranslation } from 'react-i18next';
import { BackupSection } from './backup-section';
import { DemoSection } from './demo-section';
import { LanguageSection } from './language-section';
import { PrivacySection } from './privacy-section';
import { ScaleSection } from './scale-section';
import { StorageSection } from './storage-section';
import { WipeSection } from './wipe-section';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <StorageSection />
      <BackupSection />
      <PrivacySection />
      <ScaleSection />
      <DemoSection />
      <WipeSection />
    </div>
  );
}
