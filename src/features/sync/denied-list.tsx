import { useState } from 'react';
import type { AnyNamespaceT } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';
import { useDeniedChanges } from '../../db/live/sync';
import type { DeniedChange } from '../../db/sync/server-refusals';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useSyncEngine } from './sync-engine-store';
import { tableName } from './table-name';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Why the server refused a change, in the user's words (sync.denied.reason.*). */
export function deniedReasonText(typed: AnyNamespaceT, entry: DeniedChange): string {
  return (typed as unknown as Translate)(`sync:denied.reason.${entry.reason}`);
}

function DeniedItem({ entry }: { entry: DeniedChange & { serviceId: string } }) {
  const { t } = useTranslation(['sync', 'services']);
  const locale = useLocale();
  const engine = useSyncEngine();
  const [isBusy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const act = (step: () => Promise<void> | undefined) => {
    setBusy(true);
    setFailed(false);
    void Promise.resolve(step())
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return (
    <li className="stack" data-testid="denied-change">
      <p>
        <strong>{t('sync:denied.record', { table: tableName(t, entry.table), label: entry.label ?? entry.id })}</strong>:{' '}
        {deniedReasonText(t, entry)} <small>({t('sync:denied.refusedAt', { time: formatDateTime(entry.at, locale) })})</small>
      </p>
      {entry.reason === 'other' && entry.serverText && <p>{t('sync:denied.serverSaid', { text: entry.serverText })}</p>}
      <div className="row">
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy || !engine}
          onClick={() => act(() => engine?.sendAgain(entry.serviceId, entry.key))}
        >
          {t('sync:denied.sendAgain')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy || !engine}
          onClick={() => act(() => engine?.takeTeamVersion(entry.serviceId, entry.key))}
        >
          {t('sync:denied.takeTeam')}
        </button>
      </div>
      {failed && (
        <p role="alert" className="notice notice-warning">
          {t('sync:denied.takeTeamFailed')}
        </p>
      )}
    </li>
  );
}

/** This device's changes the team server refused, each with a way to deal with it (issue 17). */
export function DeniedList({ serviceIds }: { serviceIds: readonly string[] }) {
  const { t } = useTranslation(['sync', 'services']);
  const denied = useDeniedChanges(serviceIds);
  if (!denied || denied.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="denied-heading" data-testid="denied-changes">
      <h2 id="denied-heading">{t('sync:denied.title')}</h2>
      <p>{t('sync:denied.intro')}</p>
      <ul className="stack">
        {denied.map((entry) => (
          <DeniedItem key={`${entry.serviceId}:${entry.key}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}
