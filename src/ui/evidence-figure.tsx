import { useTranslation } from '../i18n/use-translation';
import type { AssessedEvidence } from '../domain/evidence/evidence-assessment';
import type { EvidenceItemId } from '../domain/evidence/evidence-input';
import { formatDate, formatNumber } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';

/**
 * One evidence figure in words, with what it rests on and, when the data is thin, why it should
 * not be read as solid (issue 5). Needs the `evidence` messages loaded by the screen showing it.
 */
export function EvidenceFigure({ itemId, evidence }: { itemId: EvidenceItemId; evidence: AssessedEvidence }) {
  const { t } = useTranslation(['evidence']);
  const locale = useLocale();
  return (
    <div className="evidence-figure-block">
      <p className="evidence-figure" data-testid={`evidence-figure-${itemId}`}>
        {t(`evidence:figure.${itemId}`, { value: formatNumber(evidence.value, locale, 1) })}
      </p>
      <p className="muted small" data-testid={`evidence-basis-${itemId}`}>
        {t(`evidence:basis.${itemId}`, { count: evidence.basis })}
      </p>
      {evidence.thin.length > 0 && (
        <div className="notice notice-warning small" role="note" data-testid={`evidence-thin-${itemId}`}>
          <strong>{t('evidence:thin.title')}</strong>
          <ul>
            {evidence.thin.map((reason) => (
              <li key={reason.kind}>
                {reason.kind === 'few-records' && t('evidence:thin.few-records', { minimum: reason.minimum })}
                {reason.kind === 'partial-period' && t('evidence:thin.partial-period', { date: formatDate(reason.trackedFrom, locale) })}
                {reason.kind === 'no-contacts' && t('evidence:thin.no-contacts')}
                {reason.kind === 'old-records' && t('evidence:thin.old-records', { date: formatDate(reason.lastRecord, locale) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
