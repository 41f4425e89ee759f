import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { useSyncConfig } from '../../db/live/sync';
import { saveSyncConfig } from '../../db/sync/config';
import { startEngine, syncHere } from '../../db/sync/running-engine';
import type { Session } from '../../db/sync/session';
import { useLocale } from '../../i18n/use-locale';
import { ServiceChoice } from './service-choice';
import { SignInForm } from './sign-in-form';
import { SignOut } from './sign-out';
import { statusText } from './status-text';
import { startSyncFromStorage, useSyncEngine, useSyncStatus } from './sync-engine-store';

/** Settings → Team sync (issue 17): connect this device, choose its services, sign out. */
export function TeamSyncScreen() {
  const { t } = useTranslation(['sync', 'common', 'services']);
  const locale = useLocale();
  const config = useSyncConfig();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const [signedIn, setSignedIn] = useState<{ server: string; session: Session } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void startSyncFromStorage();
  }, []);

  const keep = async (services: { id: string; name: string }[]) => {
    if (!signedIn?.session.name) return;
    const next = { server: signedIn.server, user: signedIn.session.name, services };
    await saveSyncConfig(db, next);
    await startEngine(db);
    setSignedIn(null);
    setNotice(t('sync:saved'));
  };

  const signedInAgain = (server: string, session: Session) => {
    if (session.name === config?.user) {
      // Another tab may be the one syncing: this one takes over with a new replication.
      if (engine) engine.reconnect();
      else void syncHere(db);
      setNotice(null);
    } else setSignedIn({ server, session });
  };

  if (config === undefined) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="stack">
      <h1>{t('sync:title')}</h1>
      <p>{t('sync:intro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {config && !signedIn ? (
        <section className="panel stack">
          <p>{t('sync:signedInAs', { user: config.user, server: config.server })}</p>
          <p>{t('sync:keptServices', { services: config.services.map((s) => s.name).join(', ') })}</p>
          {status && (
            <p className="sync-status-line">
              {statusText(status, t, locale)}
              {status.otherWindow && ` (${t('sync:status.otherWindow')})`}
            </p>
          )}
          {(status?.problem === 'signed-out' || status?.problem === 'not-member') && (
            <SignInForm initialServer={config.server} initialUser={config.user} onSignedIn={signedInAgain} />
          )}
          <Link href="/sync/conflicts" className="button button-secondary">
            {t('sync:conflictsLink')}
          </Link>
          <SignOut config={config} onSignedOut={() => setNotice(t('sync:signedOut'))} />
        </section>
      ) : (
        <section className="panel stack">
          {signedIn ? (
            <>
              <p>{t('sync:signedInAs', { user: signedIn.session.name ?? '', server: signedIn.server })}</p>
              <ServiceChoice server={signedIn.server} roles={signedIn.session.roles} onKeep={(services) => void keep(services)} />
            </>
          ) : (
            <SignInForm initialServer={window.location.origin} onSignedIn={(server, session) => setSignedIn({ server, session })} />
          )}
        </section>
      )}
    </div>
  );
}
