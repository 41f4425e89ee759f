import type { BackupData } from '../transfer/backup-format';
import type { ErasedClient } from '../records/caseload';

/*
 * Erasing a client (issue 14 #2): the client's record keeps only {id, serviceId, createdAt,
 * updatedAt, deletedAt}; their phase history, assignments and jobs go; their id leaves employer
 * contacts. A deleted client is an erased client: tombstones written before erasure existed
 * still hold a code and notes, and are treated the same way wherever data leaves or enters.
 */

type Row = Record<string, unknown>;

/** Tables whose records belong to one client (by `clientId`) and go with them. */
export const CLIENT_OWNED_TABLES = ['phaseChanges', 'assignments', 'jobs'] as const;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The content-free tombstone of a client record. An earlier deletion time is kept: it is when the client went. */
export function erasedClient(client: Row, at: string): ErasedClient {
  const deletedAt = text(client.deletedAt) ?? at;
  const updatedAt = text(client.updatedAt);
  return {
    id: String(client.id),
    serviceId: String(client.serviceId),
    createdAt: text(client.createdAt) ?? at,
    updatedAt: updatedAt !== null && updatedAt > deletedAt ? updatedAt : deletedAt,
    deletedAt,
  };
}

/** Ids of the clients a list deletes or erases. */
export function erasedClientIds(clients: readonly Row[] | undefined): Set<string> {
  return new Set(
    (clients ?? []).filter((client) => client.deletedAt !== null && client.deletedAt !== undefined).map((client) => String(client.id)),
  );
}

/**
 * Backup data without anything of an erased client: their record becomes a tombstone, records that
 * belong to them are left out and their id leaves employer contacts. `alsoErased`: clients erased
 * elsewhere (on this device, when a file is restored), whose copy in the file must not come back.
 * Used for every backup written and every backup restored, so neither carries erased content.
 */
export function withoutErasedClients(data: BackupData, alsoErased: ReadonlySet<string> = new Set()): BackupData {
  const erased = new Set([...erasedClientIds(data.clients), ...alsoErased]);
  if (erased.size === 0) return data;
  const result: BackupData = { ...data };
  if (data.clients) {
    // A live copy of a client erased elsewhere is left out: the erasing side's tombstone stays as it is.
    result.clients = data.clients.flatMap((client): Row[] => {
      if (!erased.has(String(client.id))) return [client];
      const deletedAt = text(client.deletedAt);
      return deletedAt === null ? [] : [erasedClient(client, deletedAt)];
    });
  }
  for (const table of CLIENT_OWNED_TABLES) {
    const rows = data[table];
    if (rows) result[table] = rows.filter((row) => !erased.has(String(row.clientId)));
  }
  if (data.employerContacts) {
    result.employerContacts = data.employerContacts.map((contact) => {
      const ids = Array.isArray(contact.clientIds) ? (contact.clientIds as unknown[]) : [];
      return ids.some((id) => erased.has(String(id))) ? { ...contact, clientIds: ids.filter((id) => !erased.has(String(id))) } : contact;
    });
  }
  return result;
}
