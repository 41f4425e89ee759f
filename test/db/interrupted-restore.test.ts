// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { openAfterInterruptedRestore } from '../../src/db/health';
import { clearRestoreMarker, markRestoreStarted, readRestoreMarker } from '../../src/db/restore-marker';

afterEach(() => clearRestoreMarker());

/** A database whose open fails `failures` times (the browser still undoing the restore), then opens. */
function busyDatabase(failures: number): FidelioDb {
  let left = failures;
  const open = vi.fn(async () => {
    if (left-- > 0) throw new DOMException('The database is busy', 'UnknownError');
  });
  return { open, tables: [] } as unknown as FidelioDb;
}

describe('a start after a reload during a restore', () => {
  it('issue 14 #8: waits through failed opens, reporting the wait, and then says the restore was interrupted', async () => {
    const waits: number[] = [];
    const outcome = await openAfterInterruptedRestore(busyDatabase(3), {
      patienceMs: 10_000,
      stepMs: 5,
      onWaiting: (ms) => waits.push(ms),
    });
    expect(outcome).toEqual({ kind: 'restoreInterrupted' });
    expect(waits).toHaveLength(3);
  });

  it('issue 14 #8: gives up only after its patience, with the last failure', async () => {
    const outcome = await openAfterInterruptedRestore(busyDatabase(1_000), { patienceMs: 60, stepMs: 5, onWaiting: () => undefined });
    expect(outcome).toEqual({ kind: 'failed', errorName: 'UnknownError' });
  });

  it('issue 14 #8: the marker a restore leaves while it runs is read back at the next start', () => {
    expect(readRestoreMarker()).toBeNull();
    markRestoreStarted(new Date('2026-12-05T22:00:00.000Z'));
    expect(readRestoreMarker()).toEqual({ startedAt: '2026-12-05T22:00:00.000Z' });
    clearRestoreMarker();
    expect(readRestoreMarker()).toBeNull();
  });
});
