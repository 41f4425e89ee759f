import { useId } from 'react';
import type { AnyNamespaceT } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';
import type { RestoreCheck } from '../../db/repos/backup';
import type { ReviewChange } from '../../domain/integrity/review-changes';
import { BACKUP_TABLE_NAMES } from '../../domain/transfer/backup-tables';
import { RESTORE_MODES, type RestoreMode } from '../../domain/transfer/restore-plan';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { tableLabel } from './problem-message';

const COLUMNS = ['inFile', 'added', 'updated', 'kept', 'removed'] as const;

interface Props {
  check: RestoreCheck;
  mode: RestoreMode;
  onModeChange: (mode: RestoreMode) => void;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

function reviewChangeText(typed: AnyNamespaceT, change: ReviewChange): string {
  const t = typed as unknown as Translate;
  const words = { service: change.serviceName, year: change.firstDay.slice(0, 4), before: change.before, after: change.after };
  const key = change.changesFinal
    ? 'reviewFinalChanged'
    : change.before === null
      ? 'reviewNew'
      : change.before === change.after
        ? 'reviewSameTotal'
        : 'reviewChanged';
  return t(`backup:restore.${key}`, words);
}

/**
 * Counts per kind of record for the chosen mode, and what happens to each review in words
 * ("Kätevä 2022: final review would change from 91 to 121 — refused"), before anything is written.
 */
export function RestorePreview({ check, mode, onModeChange }: Props) {
  const plan = check.counts;
  const { t } = useTranslation(['backup']);
  const locale = useLocale();
  const legendId = useId();
  const columns = COLUMNS.filter((c) => (mode === 'merge' ? c !== 'removed' : c !== 'kept'));
  return (
    <div className="stack">
      <fieldset className="field" aria-labelledby={legendId}>
        <legend id={legendId}>{t('backup:restore.modeLabel')}</legend>
        {RESTORE_MODES.map((value) => (
          <label key={value} className="radio backup-mode">
            <input type="radio" name="restore-mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} />
            <span>
              <strong>{t(`backup:restore.${value}`)}</strong>
              <br />
              <span className="small">{t(`backup:restore.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {check.reviews.length > 0 && (
        <div className="stack">
          <h4>{t('backup:restore.reviewsTitle')}</h4>
          <ul data-testid="restore-review-changes">
            {check.reviews.map((change) => (
              <li key={change.reviewId} className={change.changesFinal && mode === 'merge' ? 'notice-error' : undefined}>
                {reviewChangeText(t, change)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-scroll">
        <table data-testid="restore-preview">
          <caption>{t('backup:restore.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup:restore.columns.table')}</th>
              {columns.map((c) => (
                <th scope="col" key={c} className="numeric">
                  {t(`backup:restore.columns.${c}`)}
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
