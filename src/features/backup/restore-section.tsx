import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { applyRestore, checkRestore, type RestoreCheck, type RestorePlan } from '../../db/repos/backup';
import { RestoreRefusedError, SyncedDataError } from '../../db/errors';
import type { IntegrityProblem } from '../../domain/integrity/problems';
import { clearRestoreMarker, markRestoreStarted } from '../../db/restore-marker';
import { classifyStorageError } from '../../db/storage';
import { MAX_BACKUP_BYTES, type Backup, type BackupProblem } from '../../domain/transfer/backup-format';
import { readBackupBytes } from '../../domain/transfer/restore-backup';
import type { RestoreMode } from '../../domain/transfer/restore-plan';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { IntegrityProblemList, ProblemList } from './problem-list';
import { FilePicker, type FileRead } from '../../ui/file-picker';
import { RestorePreview } from './restore-preview';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'problems'; problems: BackupProblem[]; count: number }
  | { kind: 'ready'; fileName: string; backup: Backup; mode: RestoreMode; plan: RestoreCheck | null }
  | { kind: 'refused'; problems: readonly IntegrityProblem[]; count: number }
  | { kind: 'restoring' }
  | { kind: 'done'; written: number }
  | { kind: 'failed'; reason: string };

const written = (plan: RestorePlan) => Object.values(plan).reduce((sum, c) => sum + c.added + c.updated, 0);

/** Choose a file → every problem listed, or a preview with replace/merge → one transaction. */
export function RestoreSection() {
  const { t } = useTranslation(['backup', 'common']);
  const locale = useLocale();
  const titleId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  // The preview follows the chosen mode and the data on the device at this moment.
  const readyBackup = state.kind === 'ready' ? state.backup : null;
  const readyMode = state.kind === 'ready' ? state.mode : null;
  useEffect(() => {
    if (!readyBackup || !readyMode) return;
    let isCurrent = true;
    checkRestore(db, readyBackup, readyMode).then(
      (plan) => {
        if (isCurrent) setState((s) => (s.kind === 'ready' && s.backup === readyBackup ? { ...s, plan } : s));
      },
      (error: unknown) => {
        console.warn('Restore preview failed', error);
        if (isCurrent) setState({ kind: 'failed', reason: t(`common:errors.${classifyStorageError(error)}`) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [readyBackup, readyMode, t]);

  const checkFile = (read: FileRead) => {
    if (!read.ok) return setState({ kind: 'problems', problems: read.problems, count: read.problems.length });
    try {
      const result = readBackupBytes(read.bytes);
      setState(
        result.ok
          ? { kind: 'ready', fileName: read.name, backup: result.backup, mode: 'merge', plan: null }
          : { kind: 'problems', problems: result.problems, count: result.problemCount ?? result.problems.length },
      );
    } catch (error) {
      // Never "Checking the file…" forever (issue 14 #7): whatever went wrong is said in words.
      console.warn('Reading the backup failed', error);
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      setState({ kind: 'problems', problems: [{ code: 'check-failed', error: message }], count: 1 });
    }
  };

  const reset = () => {
    if (input.current) input.current.value = '';
    setState({ kind: 'idle' });
  };

  const restore = async () => {
    if (state.kind !== 'ready') return;
    const { backup, mode } = state;
    setState({ kind: 'restoring' });
    // A reload before the end is recognised at the next start, which waits for the database (issue 14 #8).
    markRestoreStarted(new Date());
    try {
      const plan = await applyRestore(db, backup, mode);
      if (input.current) input.current.value = '';
      setState({ kind: 'done', written: written(plan) });
    } catch (error) {
      if (error instanceof RestoreRefusedError) {
        setState({ kind: 'refused', problems: error.problems, count: error.problemCount });
        return;
      }
      if (error instanceof SyncedDataError) {
        setState({ kind: 'failed', reason: t('backup:restore.syncedReplace') });
        return;
      }
      console.warn('Restore failed', error);
      setState({ kind: 'failed', reason: t(`common:errors.${classifyStorageError(error)}`) });
    } finally {
      clearRestoreMarker();
    }
  };

  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('backup:restore.title')}</h2>
      <p>{t('backup:restore.description')}</p>
      <FilePicker
        ref={input}
        label={t('backup:restore.fileLabel')}
        maxBytes={MAX_BACKUP_BYTES}
        onStart={() => setState({ kind: 'reading' })}
        onRead={checkFile}
        describedBy={state.kind === 'problems' ? `${inputId}-problems` : undefined}
        invalid={state.kind === 'problems'}
        disabled={state.kind === 'restoring'}
      />
      <div aria-live="polite" id={`${inputId}-problems`}>
        {state.kind === 'reading' && <p role="status">{t('backup:restore.reading')}</p>}
        {state.kind === 'problems' && <ProblemList problems={state.problems} count={state.count} />}
        {state.kind === 'refused' && <IntegrityProblemList problems={state.problems} count={state.count} />}
        {state.kind === 'restoring' && <p role="status">{t('backup:restore.working')}</p>}
        {state.kind === 'done' && (
          <p className="notice" role="status">
            {t('backup:restore.done', { count: state.written })}
          </p>
        )}
        {state.kind === 'failed' && (
          <p className="notice notice-error" role="alert">
            {t('backup:restore.failed', { reason: state.reason })}
          </p>
        )}
      </div>
      {state.kind === 'ready' && (
        <div className="stack" data-testid="restore-ready">
          <h3>{t('backup:restore.previewTitle')}</h3>
          <p>{t('backup:restore.fileInfo', { file: state.fileName, date: formatDateTime(state.backup.exportedAt, locale) })}</p>
          {state.plan ? (
            <RestorePreview check={state.plan} mode={state.mode} onModeChange={(mode) => setState({ ...state, mode, plan: null })} />
          ) : (
            <p role="status">{t('common:status.loading')}</p>
          )}
          {state.plan && state.plan.problemCount > 0 && (
            <IntegrityProblemList problems={state.plan.problems} count={state.plan.problemCount} />
          )}
          <div className="row">
            <button
              type="button"
              className={state.mode === 'replace' ? 'button button-danger' : 'button'}
              disabled={!state.plan || state.plan.problemCount > 0}
              onClick={() => void restore()}
            >
              {t('backup:restore.button')}
            </button>
            <button type="button" className="button button-secondary" onClick={reset}>
              {t('backup:restore.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
