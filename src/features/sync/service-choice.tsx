import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { serviceName } from '../../db/sync/session';
import { memberServiceIds } from '../../db/sync/synced-tables';

interface Props {
  server: string;
  roles: readonly string[];
  onKeep: (services: { id: string; name: string }[]) => void;
}

/** The services the signed-in user is a member of (their roles), by name; the device keeps the chosen. */
export function ServiceChoice({ server, roles, onKeep }: Props) {
  const { t } = useTranslation(['sync', 'common', 'services']);
  const [services, setServices] = useState<{ id: string; name: string }[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const rolesKey = roles.join(',');

  useEffect(() => {
    let live = true;
    const ids = memberServiceIds(rolesKey.split(','));
    void Promise.all(ids.map(async (id) => ({ id, name: await serviceName(server, id) }))).then((named) => {
      if (!live) return;
      setServices(named);
      setChosen(new Set(named.map((s) => s.id)));
    });
    return () => {
      live = false;
    };
  }, [server, rolesKey]);

  if (services === null) return <p role="status">{t('common:status.loading')}</p>;
  if (services.length === 0) return <p className="notice">{t('sync:noServices')}</p>;
  const toggle = (id: string) =>
    setChosen((previous) => new Set(previous.has(id) ? [...previous].filter((s) => s !== id) : [...previous, id]));

  return (
    <fieldset className="stack">
      <legend>{t('sync:chooseServices')}</legend>
      {services.map((service) => (
        <label key={service.id} className="checkbox">
          <input type="checkbox" checked={chosen.has(service.id)} onChange={() => toggle(service.id)} /> {service.name}
        </label>
      ))}
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          const kept = services.filter((s) => chosen.has(s.id));
          if (kept.length === 0) return setError(t('sync:errors.chooseOne'));
          onKeep(kept);
        }}
      >
        {t('sync:keep')}
      </button>
    </fieldset>
  );
}
