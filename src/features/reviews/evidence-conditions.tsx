import { useTranslation } from '../../i18n/use-translation';
import { MIN_CURRENT_JOBS } from '../../domain/evidence/bands';
import type { ContactLogReview, Evidence, EvidenceItemId } from '../../domain/evidence/evidence-input';

interface Props {
  itemId: EvidenceItemId;
  evidence: Evidence | undefined;
  rulesVersion: number;
  contactLogReview: ContactLogReview | null | undefined;
}

/**
 * Which evidence rules computed the figure and, in words, the anchors' conditions behind the
 * suggestion (evidence-rules.md §3): the working days and the contact log review for services-6,
 * fewer than 10 current jobs for services-10. A snapshot of rules version 1 says only that.
 */
export function EvidenceConditions({ itemId, evidence, rulesVersion, contactLogReview }: Props) {
  const { t } = useTranslation(['evidence']);
  const lines: string[] = [];
  if (rulesVersion >= 2 && evidence) {
    if (itemId === 'services-6') {
      lines.push(t('evidence:conditions.services-6.workingDays'), t(`evidence:conditions.services-6.${contactLogReview ?? 'notRecorded'}`));
    }
    if (itemId === 'services-10' && evidence.basis < MIN_CURRENT_JOBS)
      lines.push(t('evidence:conditions.services-10.fewJobs', { count: evidence.basis }));
  }
  return (
    <div className="small" data-testid="evidence-conditions">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="muted" data-testid="evidence-rules-version">
        {rulesVersion >= 2 ? t('evidence:rules.version', { version: rulesVersion }) : t('evidence:rules.version1')}
      </p>
    </div>
  );
}
