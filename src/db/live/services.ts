import { useLiveQuery } from 'dexie-react-hooks';
import type { Service } from '../../domain/records/service';
import { db } from '../app-db';
import { readSyncConfig } from '../sync/config';
import { getService, listServiceSummaries, listServices, type ServiceSummary } from '../queries';

/** undefined while loading. */
export function useServices(): Service[] | undefined {
  return useLiveQuery(() => listServices(db), []);
}

/** undefined while loading, null when missing or deleted. */
export function useService(id: string): Service | null | undefined {
  return useLiveQuery(() => getService(db, id), [id]);
}

export function useServiceSummaries(): ServiceSummary[] | undefined {
  return useLiveQuery(() => listServiceSummaries(db), []);
}

/** True when this device keeps the service in sync with a team server (undefined while loading). */
export function useIsSyncedService(id: string): boolean | undefined {
  return useLiveQuery(async () => (await readSyncConfig(db))?.services.some((s) => s.id === id) ?? false, [id]);
}
