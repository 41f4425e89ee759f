import { useCurrentLiveQuery } from './use-current-live-query';
import { db } from '../app-db';
import { conflictsKey, refusedKey } from '../sync/apply';
import type { RefusedArrival } from '../sync/arrival-check';
import { readSyncConfig, type SyncConfig } from '../sync/config';
import { deniedKey, type DeniedChange } from '../sync/server-refusals';

/** undefined while loading, null when no team server is configured on this device. */
export function useSyncConfig(): SyncConfig | null | undefined {
  return useCurrentLiveQuery(() => readSyncConfig(db), []);
}

/** The conflicted records (`<table>:<id>`) of each kept service. */
export function useConflictKeys(serviceIds: readonly string[]): { serviceId: string; key: string }[] | undefined {
  return useCurrentLiveQuery(async () => {
    const rows = await db.syncState.bulkGet(serviceIds.map(conflictsKey));
    return rows.flatMap((row, index) =>
      Array.isArray(row?.value) ? (row.value as string[]).map((key) => ({ serviceId: serviceIds[index]!, key })) : [],
    );
  }, [serviceIds.join(',')]);
}

/** Arrived records kept out of Dexie because they would break an invariant, per kept service. */
export function useRefusedArrivals(serviceIds: readonly string[]): RefusedArrival[] | undefined {
  return useCurrentLiveQuery(async () => {
    const rows = await db.syncState.bulkGet(serviceIds.map(refusedKey));
    return rows.flatMap((row) => (Array.isArray(row?.value) ? (row.value as RefusedArrival[]) : []));
  }, [serviceIds.join(',')]);
}

/** This device's changes the team server refused, per kept service (../sync/server-refusals.ts). */
export function useDeniedChanges(serviceIds: readonly string[]): (DeniedChange & { serviceId: string })[] | undefined {
  return useCurrentLiveQuery(async () => {
    const rows = await db.syncState.bulkGet(serviceIds.map(deniedKey));
    return rows.flatMap((row, index) =>
      Array.isArray(row?.value) ? (row.value as DeniedChange[]).map((entry) => ({ ...entry, serviceId: serviceIds[index]! })) : [],
    );
  }, [serviceIds.join(',')]);
}
