import { useCurrentLiveQuery } from './use-current-live-query';
import type { Service } from '../../domain/records/service';
import { db } from '../app-db';
import { readSyncConfig } from '../sync/config';
import { getService, listServiceSummaries, listServices, type ServiceSummary } from '../queries';

/** undefined while loading. */
export function useServices(): Service[] | undefined {
  return useCurrentLiveQuery(() => listServices(db), []);
}

/** undefined while loading, null when missing or deleted. */
export function useService(id: string): Service | null | undefined {
  return useCurrentLiveQuery(() => getService(db, id), [id]);
}

export function useServiceSummaries(): ServiceSummary[] | undefined {
  return useCurrentLiveQuery(() => listServiceSummaries(db), []);
}

/** True when this device keeps the service in sync with a team server (undefined while loading). */
export function useIsSyncedService(id: string): boolean | undefined {
  return useCurrentLiveQuery(async () => (await readSyncConfig(db))?.services.some((s) => s.id === id) ?? false, [id]);
}
