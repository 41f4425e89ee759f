import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { isEmployedOn } from '../../domain/caseload/capacity';
import { AssignmentDraftSchema, type Staff } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import type { ClientDetail } from '../../db/caseload-queries';
import { db } from '../../db/app-db';
import { useServiceCaseload } from '../../db/live/caseload';
import { AssignmentWarning } from './assignment-warning';
import { reassignClient } from '../../db/repos/caseload-clients';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { TextField } from '../../ui/text-field';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { today, useProblemText, useStaffName } from './labels';
import { SelectField } from '../../ui/select-field';
import { useSingleSubmit } from '../../ui/use-single-submit';

/** The client's specialist, reassignment from a date, and every earlier assignment (kept, never overwritten). */
export function AssignmentPanel({ detail, staff }: { detail: ClientDetail; staff: readonly Staff[] }) {
  const { t } = useTranslation(['caseload']);
  const locale = useLocale();
  const save = useTrackedSave();
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const nameOf = useStaffName(staff);
  const day = today();
  const choices = staff.filter((member) => member.fte > 0 && isEmployedOn(member, day) && member.id !== detail.specialistId);
  const [staffId, setStaffId] = useState(choices[0]?.id ?? '');
  const [date, setDate] = useState(day);
  const [problems, setProblems] = useState<{ staffId?: string; date?: string }>({});
  const last = detail.assignments.at(-1);
  const caseload = useServiceCaseload(detail.client.serviceId);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const target = staffId === '' ? null : staffId;
    const labels = { staffId: t('caseload:assignment.newSpecialist'), date: t('caseload:assignment.date') };
    const found = draftErrors(draftProblems(AssignmentDraftSchema, { staffId: target, date }), labels);
    // Beside the record's rules, the client's history: no day after today or before the last change.
    if (!found.date && date > day) found.date = problemText('date-in-future');
    else if (!found.date && last && date < last.date) found.date = problemText('date-before-last-change');
    if (!found.staffId && target === detail.specialistId) found.staffId = problemText('same-specialist');
    setProblems(found);
    if (found.date || found.staffId) return focusFirstProblem();
    await save(() => reassignClient(db, detail.client.id, target, date, day, new Date()));
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <section className="panel stack" aria-labelledby="assignment-title">
      <h2 id="assignment-title">{t('caseload:assignment.title')}</h2>
      <p data-testid="client-specialist">{t('caseload:assignment.current', { name: nameOf(detail.specialistId) })}</p>
      <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate aria-label={t('caseload:assignment.reassign')}>
        <div className="form-grid">
          <SelectField label={t('caseload:assignment.newSpecialist')} value={staffId} onChange={setStaffId} error={problems.staffId}>
            {choices.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
            <option value="">{t('caseload:clients.unassigned')}</option>
          </SelectField>
          <TextField type="date" label={t('caseload:assignment.date')} value={date} onChange={setDate} error={problems.date} required />
        </div>
        <AssignmentWarning
          specialist={choices.find((member) => member.id === staffId)}
          rows={caseload?.rows ?? []}
          clientId={detail.client.id}
          day={day}
        />
        <div>
          <button type="submit" className="button button-secondary" disabled={single.isSubmitting}>
            {t('caseload:assignment.reassign')}
          </button>
        </div>
      </form>
      {detail.assignments.length > 1 && (
        <>
          <h3>{t('caseload:assignment.history')}</h3>
          <ol className="timeline" data-testid="assignment-history">
            {detail.assignments.map((assignment) => (
              <li key={assignment.id} className="timeline-item">
                {t('caseload:assignment.from', { date: formatDate(assignment.date, locale), name: nameOf(assignment.staffId) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
