import { FidelioDb } from '../app-db';

/*
 * Changes that came from the team server are written through this second connection to the same
 * database, which has no outbox middleware: they are not marked to be sent, so they never echo
 * back. Live queries on the app's connection still see them (Dexie announces changes by database
 * name, as for the strict connection in ../app-db.ts).
 */
const remotes = new Map<string, FidelioDb>();

export function remoteConnection(db: FidelioDb): FidelioDb {
  let remote = remotes.get(db.name);
  if (!remote || remote.hasBeenClosed()) {
    remote = new FidelioDb(db.name, 'relaxed', false);
    remotes.set(db.name, remote);
  }
  return remote;
}

export function closeRemoteConnection(db: FidelioDb): void {
  remotes.get(db.name)?.close();
  remotes.delete(db.name);
}
