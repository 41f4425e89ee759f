// @vitest-environment node
import { expect, it } from 'vitest';
import { SYNCED_TABLES as SERVER_TABLES } from '../../scripts/team-server/validation.mjs';
import { SYNCED_TABLES } from '../../src/db/sync/synced-tables';
import { BACKUP_TABLE_NAMES } from '../../src/domain/transfer/backup-table-names';

// The synced tables stand in two places the compiler cannot join: the device's list (derived from
// the backup's) and the server's ES5 copy that goes into every validate_doc_update.
it('syncs every backed-up table but the built-in scales, and the server accepts exactly those', () => {
  expect([...SYNCED_TABLES].sort()).toEqual(BACKUP_TABLE_NAMES.filter((name) => name !== 'scales').sort());
  expect([...SERVER_TABLES].sort()).toEqual([...SYNCED_TABLES].sort());
  expect(new Set(SERVER_TABLES).size).toBe(SERVER_TABLES.length);
});
