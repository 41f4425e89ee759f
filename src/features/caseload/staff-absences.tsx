import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Staff } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import { StaffAbsenceDraftSchema, type StaffAbsenceDraft } from '../../domain/records/staff-absence';
import { db } from '../../db/app-db';
import { useStaffAbsences } from '../../db/live/caseload';
import { addStaffAbsence, removeStaffAbsence } from '../../db/repos/caseload-absences';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useSingleSubmit } from '../../ui/use-single-submit';

/**
 * Absences of the staff (annual leave, sick leave, training): one record per absence, dates only.
 * The contact rate of services-6 is counted over the days a specialist was in the service and not
 * absent (evidence rules version 2), so five weeks of leave no longer lower it.
 */
export function StaffAbsences({ serviceId, staff }: { serviceId: string; staff: readonly Staff[] }) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const absences = useStaffAbsences(serviceId);
  const save = useTrackedSave();
  const [staffId, setStaffId] = useState(staff[0]?.id ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problems, setProblems] = useState<Partial<Record<keyof StaffAbsenceDraft, string>>>({});
  const names = new Map(staff.map((member) => [member.id, member.name]));
  const chosen = staff.some((member) => member.id === staffId) ? staffId : (staff[0]?.id ?? '');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const draft = { from, to };
    const labels = { from: t('caseload:absences.from'), to: t('caseload:absences.to') };
    const found = draftErrors(draftProblems(StaffAbsenceDraftSchema, draft), labels, {
      to: { daysReversed: t('caseload:problems.end-before-start') },
    });
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    if (chosen === '') return;
    if (await save(() => addStaffAbsence(db, chosen, draft, new Date()))) {
      setFrom('');
      setTo('');
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <section className="panel stack" aria-labelledby="absences-title">
      <h2 id="absences-title">{t('caseload:absences.title')}</h2>
      <p>{t('caseload:absences.intro')}</p>
      {absences !== undefined && absences.length === 0 && <p>{t('caseload:absences.none')}</p>}
      {absences !== undefined && absences.length > 0 && (
        <div className="table-scroll">
          <table data-testid="absences-table">
            <thead>
              <tr>
                <th scope="col">{t('caseload:staff.name')}</th>
                <th scope="col">{t('caseload:absences.from')}</th>
                <th scope="col">{t('caseload:absences.to')}</th>
                <th scope="col">{t('caseload:staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {absences.map((absence) => (
                <tr key={absence.id}>
                  <th scope="row">{names.get(absence.staffId) ?? '—'}</th>
                  <td>{formatDate(absence.from, locale)}</td>
                  <td>{formatDate(absence.to, locale)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void save(() => removeStaffAbsence(db, absence.id, new Date()))}
                      aria-label={t('caseload:absences.remove', {
                        name: names.get(absence.staffId) ?? '',
                        from: formatDate(absence.from, locale),
                      })}
                    >
                      {t('common:actions.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {staff.length > 0 && (
        <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate aria-label={t('caseload:absences.add')}>
          <div className="form-grid">
            <SelectField label={t('caseload:absences.member')} value={chosen} onChange={setStaffId}>
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </SelectField>
            <TextField type="date" label={t('caseload:absences.from')} value={from} onChange={setFrom} error={problems.from} required />
            <TextField type="date" label={t('caseload:absences.to')} value={to} onChange={setTo} error={problems.to} required />
          </div>
          <div className="row">
            <button type="submit" className="button" disabled={single.isSubmitting}>
              {t('caseload:absences.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
