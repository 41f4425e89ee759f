import { CLIENT_OWNED_TABLES, erasedClient } from '../../domain/caseload/erasure';
import { isErasedClient } from '../../domain/records/caseload';
import { strictConnection, type FidelioDb } from '../app-db';
import { RecordNotFoundError } from '../errors';
import { toTimestamp } from '../ids';

/** The tables an erasure writes; a caller's transaction must cover them all. */
export const erasureTables = (db: FidelioDb) => [db.clients, db.phaseChanges, db.assignments, db.jobs, db.employerContacts];

/**
 * Inside the caller's transaction: leaves of each client only the content-free tombstone, deletes
 * their phase changes, assignments and jobs outright (a tombstone of those would still say when
 * the client moved, worked and where), and takes their id out of employer contacts. The contacts'
 * updatedAt moves on, so the pruned copy wins a later merge with an older one.
 */
export async function eraseClientsIn(db: FidelioDb, clientIds: Iterable<string>, at: string): Promise<void> {
  for (const clientId of clientIds) {
    const client = await db.clients.get(clientId);
    if (client) await db.clients.put(erasedClient(client, at));
    for (const table of CLIENT_OWNED_TABLES) await db[table].where('clientId').equals(clientId).delete();
    await db.employerContacts
      .where('clientIds')
      .equals(clientId)
      .modify((contact) => {
        contact.clientIds = contact.clientIds.filter((id) => id !== clientId);
        if (contact.updatedAt < at) contact.updatedAt = at;
      });
  }
}

/**
 * Erases a client (issue 14 #2): the typed confirmation is the screen's; this makes it so, in one
 * strict transaction, so a crash leaves either the whole client or only the tombstone.
 */
export async function eraseClient(db: FidelioDb, clientId: string, now: Date): Promise<void> {
  const strict = strictConnection(db);
  const at = toTimestamp(now);
  await strict.transaction('rw', erasureTables(strict), async () => {
    const client = await strict.clients.get(clientId);
    if (!client || isErasedClient(client)) throw new RecordNotFoundError('clients', clientId);
    await eraseClientsIn(strict, [clientId], at);
  });
}

/** Ids of the clients this device holds as deleted or erased (read inside the caller's transaction). */
export async function deletedClientIds(db: FidelioDb): Promise<Set<string>> {
  const clients = await db.clients.toArray();
  return new Set(clients.filter((client) => client.deletedAt !== null).map((client) => client.id));
}
