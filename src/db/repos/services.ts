import { ServiceSchema, type Service, type ServiceDraft } from '../../domain/records/service';
import type { ContactLogReview } from '../../domain/evidence/evidence-input';
import type { FidelioDb } from '../app-db';
import { RecordNotFoundError, SyncedDataError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { eraseClientsIn } from './erase-client';
import { tombstoneWhere } from './tombstone';

/** Creates a service; a service belongs to itself, so its serviceId is its own id. */
export async function createService(db: FidelioDb, draft: ServiceDraft, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  const service = validated(ServiceSchema, 'services', {
    id,
    serviceId: id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    name: draft.name,
    organisation: draft.organisation,
    region: draft.region,
    notes: draft.notes,
  });
  await db.services.add(service);
  return id;
}

export async function updateService(db: FidelioDb, id: string, patch: Partial<ServiceDraft>, now: Date): Promise<void> {
  // Read and write in one transaction so a concurrent delete cannot be overwritten.
  await db.transaction('rw', db.services, async () => {
    const existing = await db.services.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('services', id);
    const next: Service = {
      ...existing,
      name: patch.name ?? existing.name,
      organisation: patch.organisation ?? existing.organisation,
      region: patch.region ?? existing.region,
      notes: patch.notes ?? existing.notes,
      updatedAt: toTimestamp(now),
    };
    await db.services.put(validated(ServiceSchema, 'services', next));
  });
}

/**
 * Records how the team leader reviews the employer contact log (null: not recorded), a setting of
 * the service that evidence rules version 2 reads for services-6.
 */
export async function setContactLogReview(db: FidelioDb, id: string, review: ContactLogReview | null, now: Date): Promise<void> {
  await db.transaction('rw', db.services, async () => {
    const existing = await db.services.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('services', id);
    await db.services.put(validated(ServiceSchema, 'services', { ...existing, contactLogReview: review, updatedAt: toTimestamp(now) }));
  });
}

/**
 * Tombstones the service and everything recorded under it. One transaction guarantees that no
 * review, rating or recommendation outlives its service as a visible orphan. Its clients are
 * erased, not only tombstoned (issue 14 #2): a deleted client keeps no code, notes or history.
 */
export async function deleteService(db: FidelioDb, id: string, now: Date): Promise<void> {
  // The team's data lives on the server: deleting it here would delete it on every device.
  // Read here rather than through ../sync/config, which would bring sync's code into the start chunk.
  const synced = (await db.syncState.get('config'))?.value as { services?: { id: string }[] } | undefined;
  if (synced?.services?.some((s) => s.id === id)) throw new SyncedDataError('delete-service', [id]);
  const at = toTimestamp(now);
  // Every per-service table has a serviceId index, so tables added later (caseloads…) are covered too.
  const perService = db.tables.filter((table) => table !== db.services && table.schema.idxByName.serviceId);
  await db.transaction('rw', [db.services, ...perService], async () => {
    const existing = await db.services.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('services', id);
    await db.services.put({ ...existing, deletedAt: at, updatedAt: at });
    for (const table of perService) await tombstoneWhere(table, 'serviceId', id, at);
    await eraseClientsIn(db, await db.clients.where('serviceId').equals(id).primaryKeys(), at);
  });
}
