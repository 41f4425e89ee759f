import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { parseDecimal } from '../../domain/caseload/drafts';
import { STAFF_ROLES, StaffDraftSchema, type StaffDraft, type StaffRole } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { TextField } from '../../ui/text-field';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { SelectField } from '../../ui/select-field';
import { FormActions } from '../../ui/form-actions';
import { useSingleSubmit } from '../../ui/use-single-submit';

interface Props {
  initial: StaffDraft;
  submitLabel: string;
  onSubmit: (draft: StaffDraft) => Promise<boolean>;
  onCancel?: () => void;
}

/** Adds or edits a staff member; every field is checked before anything is written. */
export function StaffForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState<StaffRole>(initial.role);
  const [fte, setFte] = useState(formatNumber(initial.fte, locale, 3));
  const [startDate, setStartDate] = useState(initial.startDate);
  const [endDate, setEndDate] = useState(initial.endDate ?? '');
  const [problems, setProblems] = useState<Partial<Record<keyof StaffDraft, string>>>({});

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const draft: StaffDraft = { name: name.trim(), role, fte: parseDecimal(fte), startDate, endDate: endDate === '' ? null : endDate };
    const labels = {
      name: t('caseload:staff.name'),
      role: t('caseload:staff.role'),
      fte: t('caseload:staff.fte'),
      startDate: t('caseload:staff.startDate'),
      endDate: t('caseload:staff.endDate'),
    };
    const found = draftErrors(draftProblems(StaffDraftSchema, draft), labels, {
      fte: { invalid: t('caseload:problems.fte-range') },
      endDate: { daysReversed: t('caseload:problems.end-before-start') },
    });
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    if ((await onSubmit(draft)) && onCancel === undefined) {
      setName('');
      setFte(formatNumber(1, locale));
      setEndDate('');
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate>
      <div className="form-grid">
        <TextField label={t('caseload:staff.name')} value={name} onChange={setName} error={problems.name} required autoComplete="off" />
        <SelectField
          label={t('caseload:staff.role')}
          value={role}
          onChange={(value) => setRole(STAFF_ROLES.find((r) => r === value) ?? 'specialist')}
          error={problems.role}
        >
          {STAFF_ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`caseload:roles.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('caseload:staff.fte')}
          hint={t('caseload:staff.fteHint')}
          value={fte}
          onChange={setFte}
          error={problems.fte}
          inputMode="decimal"
          required
          autoComplete="off"
        />
      </div>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('caseload:staff.startDate')}
          hint={t('caseload:staff.datesHint')}
          value={startDate}
          onChange={setStartDate}
          error={problems.startDate}
          required
        />
        <TextField type="date" label={t('caseload:staff.endDate')} value={endDate} onChange={setEndDate} error={problems.endDate} />
      </div>
      <FormActions isSubmitting={single.isSubmitting} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
