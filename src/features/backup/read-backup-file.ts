import { MAX_BACKUP_BYTES, type RestoreResult } from '../../domain/transfer/backup-format';
import { readBackupBytes } from '../../domain/transfer/restore-backup';

/**
 * The size is checked from File.size before a single byte is read (reliability.md #26), so a
 * 500 MB file chosen by mistake never fills the tablet's memory.
 */
export async function readBackupFile(file: Blob): Promise<RestoreResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problems: [{ code: 'too-large', size: file.size, max: MAX_BACKUP_BYTES }] };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
  return readBackupBytes(bytes);
}
