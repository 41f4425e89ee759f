import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { BackupSection } from './backup-section';
import { DemoSection } from './demo-section';
import { LanguageSection } from './language-section';
import { PrivacySection } from './privacy-section';
import { ScaleSection } from './scale-section';
import { StorageSection } from './storage-section';
import { WipeSection } from './wipe-section';

export function SettingsScreen() {
  const { t } = useTranslation(['settings']);
  return (
    <div className="stack">
      <h1>{t('settings:title')}</h1>
      <LanguageSection />
      <StorageSection />
      <BackupSection />
      <section className="panel stack" aria-labelledby="settings-team-sync">
        <h2 id="settings-team-sync">{t('settings:teamSync.title')}</h2>
        <p>{t('settings:teamSync.body')}</p>
        <Link href="/settings/sync" className="button button-secondary">
          {t('settings:teamSync.link')}
        </Link>
      </section>
      <PrivacySection />
      <ScaleSection />
      <DemoSection />
      <WipeSection />
    </div>
  );
}
