import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { StorageProblemBanner } from '../ui/storage-problem-banner';
import { SaveStatus } from '../ui/save-status';
import { BrandIcon } from '../ui/brand-icon';
import { useDeviceWipeStore } from '../ui/device-wipe';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { useStartupChecks } from './pwa/use-startup-checks';
import { AppRoutes } from './routes';
import { withMessages } from '../i18n/with-messages';
import { APP_DATABASE_NAME } from '../db/first-read';
import { isOutboxEnabled, subscribeOutboxSwitch } from '../db/sync/outbox';

// The service worker's registration and update checks are not needed for the first paint.
const UpdatePrompt = lazy(withMessages(() => import('./pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })), ['pwa']));
// Team sync's status (issue 17) and PouchDB come only on a device with a team server configured.
const SyncStatusBadge = lazy(() => import('../features/sync/sync-status').then((m) => ({ default: m.SyncStatusBadge })));
// Emptying the device is rare; its screen is loaded when it starts (before any cache is deleted).
const DeviceWipeScreen = lazy(() => import('../widgets/device-wipe-screen').then((m) => ({ default: m.DeviceWipeScreen })));
const BackupReminder = lazy(() => import('../features/backup/backup-reminder').then((m) => ({ default: m.BackupReminder })));

/**
 * True once the first screen is painted and the browser is idle (or 2 s later at most). Team sync
 * loads PouchDB and starts replicating a whole service; on a cold start of the scoring screen that
 * waits, so the reviewer can tap first (the bench measured a slower cold start with sync on).
 */
function useAfterStartup(): boolean {
  const painted = useAfterFirstPaint();
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    if (!painted || isIdle) return;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [painted, isIdle]);
  return isIdle;
}

// The two moments below are state of components of their own, not of App: when they came, App and
// the whole screen under it rendered again, twice, in the second after a start (issue 15).
function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterFirstPaint() ? children : null;
}

function AfterStartup({ children }: { children: ReactNode }) {
  return useAfterStartup() ? children : null;
}

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const isCurrent =
    href === '/' ? location === '/' || location.startsWith('/services') || location.startsWith('/reviews') : location.startsWith(href);
  return (
    <Link href={href} className="nav-link" aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function App() {
  const { t } = useTranslation(['common']);
  const [location] = useLocation();
  useStartupChecks();
  const wipePhase = useDeviceWipeStore((s) => s.phase);
  // Sync set up here or in another tab: the status (and, with it, this tab's part in sync) appears.
  const isSyncOn = useSyncExternalStore(subscribeOutboxSwitch, () => isOutboxEnabled(APP_DATABASE_NAME));

  // Move focus to the new page so screen readers announce the navigation.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);

  // Emptying the device: nothing else may stay mounted and read the database being deleted.
  if (wipePhase !== 'idle') {
    return (
      <Suspense fallback={null}>
        <DeviceWipeScreen />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common:nav.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <BrandIcon />
          <span>{t('common:appName')}</span>
        </Link>
        <nav aria-label={t('common:nav.label')} className="app-nav">
          <NavLink href="/">{t('common:nav.services')}</NavLink>
          <NavLink href="/overview">{t('common:nav.overview')}</NavLink>
          <NavLink href="/review-file">{t('common:nav.importReviewFile')}</NavLink>
          <NavLink href="/settings">{t('common:nav.settings')}</NavLink>
        </nav>
        <SaveStatus />
        {isSyncOn && (
          <AfterStartup>
            <Suspense fallback={null}>
              <SyncStatusBadge />
            </Suspense>
          </AfterStartup>
        )}
      </header>
      {/* The service worker's registration need not hold up the first screen: rendered once it is painted. */}
      <AfterFirstPaint>
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </AfterFirstPaint>
      <StorageProblemBanner />
      <main id="main" tabIndex={-1} className="app-main">
        {location === '/' && (
          <Suspense fallback={null}>
            <BackupReminder />
          </Suspense>
        )}
        <AppRoutes />
      </main>
    </div>
  );
}
