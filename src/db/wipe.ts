import { Dexie } from 'dexie';
import { closeDb, type FidelioDb } from './app-db';

function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // "blocked": another tab still holds it; it closes on the versionchange event and success follows.
  });
}

/**
 * "Delete everything on this device" (issue 14 #2), the database part: both connections of the app
 * database are closed (an open one would block the deletion) and the database is deleted, then any
 * other database of this origin (a library's, an older build's): they are all Fidelio's.
 * Nothing may use `db` afterwards; the app starts again from a reload.
 */
export async function deleteAllDatabases(db: FidelioDb): Promise<void> {
  closeDb(db);
  await Dexie.delete(db.name);
  const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  for (const { name } of listed) if (name) await deleteRaw(name);
}
