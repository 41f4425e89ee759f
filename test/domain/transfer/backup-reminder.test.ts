import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/domain/transfer/backup-reminder';

const now = new Date('2025-04-10T12:00:00.000Z');

describe('backupReminder', () => {
  it('says nothing on an empty device', () => {
    expect(backupReminder({ hasData: false, lastBackupAt: null, lastChangeAt: null, now })).toBe('none');
  });
  it('reminds when data was never backed up', () => {
    expect(backupReminder({ hasData: true, lastBackupAt: null, lastChangeAt: null, now })).toBe('never-backed-up');
  });
  it('reminds at 30 days when something changed since the backup, not at 29', () => {
    const changed = '2025-03-20T00:00:00.000Z';
    expect(backupReminder({ hasData: true, lastBackupAt: '2025-03-11T12:00:00.000Z', lastChangeAt: changed, now })).toBe('overdue');
    expect(backupReminder({ hasData: true, lastBackupAt: '2025-03-11T12:00:00.001Z', lastChangeAt: changed, now })).toBe('none');
  });
  it('does not nag when nothing changed since an old backup', () => {
    expect(backupReminder({ hasData: true, lastBackupAt: '2025-01-01T00:00:00.000Z', lastChangeAt: '2024-12-31T00:00:00.000Z', now })).toBe(
      'none',
    );
    expect(backupReminder({ hasData: true, lastBackupAt: '2025-01-01T00:00:00.000Z', lastChangeAt: null, now })).toBe('none');
  });
});
