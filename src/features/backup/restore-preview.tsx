import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestorePlan } from '../../db/repos/backup';
import { BACKUP_TABLE_NAMES } from '../../domain/transfer/backup-tables';
import { RESTORE_MODES, type RestoreMode } from '../../domain/transfer/restore-plan';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { tableLabel } from './problem-message';

const COLUMNS = ['inFile', 'added', 'updated', 'kept', 'removed'] as const;

interface Props {
  plan: RestorePlan;
  mode: RestoreMode;
  onModeChange: (mode: RestoreMode) => void;
}

/** Counts per kind of record for the chosen mode, before anything is written. */
export function RestorePreview({ plan, mode, onModeChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const legendId = useId();
  const columns = COLUMNS.filter((c) => (mode === 'merge' ? c !== 'removed' : c !== 'kept'));
  return (
    <div className="stack">
      <fieldset className="field" aria-labelledby={legendId}>
        <legend id={legendId}>{t('backup.restore.modeLabel')}</legend>
        {RESTORE_MODES.map((value) => (
          <label key={value} className="radio backup-mode">
            <input type="radio" name="restore-mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} />
            <span>
              <strong>{t(`backup.restore.${value}`)}</strong>
              <br />
              <span className="small">{t(`backup.restore.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="table-scroll">
        <table data-testid="restore-preview">
          <caption>{t('backup.restore.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.restore.columns.table')}</th>
              {columns.map((c) => (
                <th scope="col" key={c} className="numeric">
                  {t(`backup.restore.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {BACKUP_TABLE_NAMES.map((name) => (
              <tr key={name}>
                <th scope="row">{tableLabel(t, name)}</th>
                {columns.map((c) => (
                  <td key={c} className="numeric">
                    {formatNumber(plan[name][c], locale, 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
