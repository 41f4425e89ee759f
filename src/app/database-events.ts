import type { FidelioDb } from '../db/app-db';
import { flushAllDrafts } from '../ui/draft-registry';
import { useNoticesStore } from '../ui/notices-store';

/**
 * Another tab opened a newer schema (reliability.md #18): save what is being typed, let go of the
 * database so that tab's upgrade is not blocked, and tell the user to reload. Also reports a
 * database that is blocked by an older tab, or that the browser closed under us (#5).
 */
export function watchDatabaseEvents(db: FidelioDb): void {
  const report = useNoticesStore.getState().reportStorageProblem;
  db.on('versionchange', () => {
    void flushAllDrafts().finally(() => {
      db.close();
      report('version-change');
    });
    return false;
  });
  db.on('blocked', () => report('blocked'));
  db.on('close', () => report('database-closed'));
}
