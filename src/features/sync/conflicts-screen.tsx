import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useConflictKeys, useSyncConfig } from '../../db/live/sync';
import type { ConflictVersion } from '../../db/sync/conflicts';
import { OWNED_TABLES, parseDocId } from '../../db/sync/synced-tables';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { DeniedList } from './denied-list';
import { RefusedList } from './refused-list';
import { tableName } from './table-name';
import { db } from '../../db/app-db';
import { syncHere } from '../../db/sync/running-engine';
import { useSyncEngine } from './sync-engine-store';

/** The fields whose values differ between the versions: what the person has to choose between. */
function differingFields(versions: readonly ConflictVersion[]): string[] {
  const fields = new Set(versions.flatMap((v) => Object.keys(v.record)));
  return [...fields]
    .filter((field) => field !== 'updatedAt' && new Set(versions.map((v) => JSON.stringify(v.record[field] ?? null))).size > 1)
    .sort();
}

/** A reviewer's own ratings and status are theirs alone: only whole versions are kept, never mixed. */
const isCombinable = (table: string) => !OWNED_TABLES.has(table);

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

function Conflict({ serviceId, recordKey }: { serviceId: string; recordKey: string }) {
  const { t } = useTranslation(['sync', 'common', 'services']);
  const locale = useLocale();
  const engine = useSyncEngine();
  const [versions, setVersions] = useState<ConflictVersion[] | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isCombining, setCombining] = useState(false);
  const [picks, setPicks] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void engine?.conflictVersions(serviceId, recordKey).then((found) => live && setVersions(found));
    return () => {
      live = false;
    };
  }, [engine, serviceId, recordKey]);
  const parsed = parseDocId(recordKey);
  if (!versions || versions.length < 2 || !parsed) return null;
  const fields = differingFields(versions);
  const headingId = `conflict-${recordKey}`;

  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sync:conflicts.record', { table: tableName(t, parsed.table), id: parsed.id })}</h2>
      <div className="scroll-table">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sync:conflicts.field')}</th>
              {versions.map((version, index) => (
                <th scope="col" key={version.rev}>
                  {t('sync:conflicts.version', { number: index + 1 })}
                  {version.isWinner ? ` (${t('sync:conflicts.shownNow')})` : ''}
                  <br />
                  <small>
                    {t('sync:conflicts.changedBy', {
                      owner: version.owner ?? t('sync:conflicts.unknownOwner'),
                      time: typeof version.record.updatedAt === 'string' ? formatDateTime(version.record.updatedAt, locale) : '',
                    })}
                  </small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                {versions.map((version) => (
                  <td key={version.rev}>{shown(version.record[field])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        {versions.map((version, index) => (
          <button
            key={version.rev}
            type="button"
            className="button button-secondary"
            disabled={isBusy}
            onClick={() => {
              setBusy(true);
              void engine?.resolveConflict(serviceId, recordKey, version.rev).finally(() => setBusy(false));
            }}
          >
            {t('sync:conflicts.keep', { number: index + 1 })}
          </button>
        ))}
        {isCombinable(parsed.table) && fields.length > 1 && !isCombining && (
          <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => setCombining(true)}>
            {t('sync:conflicts.combine')}
          </button>
        )}
      </div>
      {isCombining && (
        <form
          className="stack"
          aria-label={t('sync:conflicts.combineTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            setBusy(true);
            const chosen = Object.fromEntries(fields.map((field) => [field, picks[field] ?? versions[0]!.rev]));
            void engine?.combineConflict(serviceId, recordKey, chosen).finally(() => setBusy(false));
          }}
        >
          <p>{t('sync:conflicts.combineIntro')}</p>
          {fields.map((field) => (
            <fieldset key={field} className="stack">
              <legend>{field}</legend>
              {versions.map((version, index) => (
                <label key={version.rev} className="radio">
                  <input
                    type="radio"
                    name={`${recordKey}:${field}`}
                    checked={(picks[field] ?? versions[0]!.rev) === version.rev}
                    onChange={() => setPicks((current) => ({ ...current, [field]: version.rev }))}
                  />{' '}
                  {t('sync:conflicts.fromVersion', { number: index + 1, value: shown(version.record[field]) })}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="row">
            <button type="submit" className="button" disabled={isBusy}>
              {t('sync:conflicts.saveCombined')}
            </button>
            <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => setCombining(false)}>
              {t('sync:cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Records changed on two devices before they synced: both versions, and the person chooses (issue 17). */
export function ConflictsScreen() {
  const { t } = useTranslation(['sync', 'common', 'services']);
  const config = useSyncConfig();
  const keys = useConflictKeys(config?.services.map((s) => s.id) ?? []);
  const isConfigured = Boolean(config);
  useEffect(() => {
    // The versions and the choices need the device's replicas: this tab becomes the one syncing.
    if (isConfigured) void syncHere(db);
  }, [isConfigured]);
  return (
    <div className="stack">
      <h1>{t('sync:conflicts.title')}</h1>
      <DeniedList serviceIds={config?.services.map((s) => s.id) ?? []} />
      <RefusedList serviceIds={config?.services.map((s) => s.id) ?? []} />
      <p>{t('sync:conflicts.intro')}</p>
      {keys === undefined ? (
        <p role="status">{t('common:status.loading')}</p>
      ) : keys.length === 0 ? (
        <p className="notice">{t('sync:conflicts.none')}</p>
      ) : (
        keys.map(({ serviceId, key }) => <Conflict key={key} serviceId={serviceId} recordKey={key} />)
      )}
    </div>
  );
}
