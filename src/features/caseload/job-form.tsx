import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { completeAnswers, isCompetitive, NO_ANSWERS, type PartialCompetitiveAnswers } from '../../domain/caseload/competitive-job';
import { parseDecimal } from '../../domain/caseload/drafts';
import { JobDraftSchema, type JobDraft } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import type { Employer } from '../../domain/records/employers';
import { TextField } from '../../ui/text-field';
import { EmployerPicker } from '../../widgets/employer-picker';
import { CompetitiveQuestions } from './competitive-questions';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { today, useProblemText } from './labels';
import { FormActions } from '../../ui/form-actions';
import { useSingleSubmit } from '../../ui/use-single-submit';

interface Props {
  serviceId: string;
  /** The service's live employer directory, by name. */
  employers: readonly Employer[];
  onSubmit: (draft: JobDraft) => Promise<boolean>;
  /** An existing job to correct (e.g. its end date when it ends); absent for a new job. */
  initial?: JobDraft;
  onCancel?: () => void;
}

/**
 * A job of a client: an employer from the directory (or a new one added on the spot), title, type,
 * dates, hours, the four questions that decide "competitive", and pay subsidy.
 */
export function JobForm({ serviceId, employers, onSubmit, initial, onCancel }: Props) {
  const { t } = useTranslation(['caseload', 'common']);
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const [employerId, setEmployerId] = useState(initial?.employerId ?? '');
  // A job saved before the questions has no answers: it keeps its flag until they are given.
  const [answers, setAnswers] = useState<PartialCompetitiveAnswers>(initial?.competitiveAnswers ?? NO_ANSWERS);
  const storedFlag = initial && initial.competitiveAnswers === null ? initial.competitive : null;
  const [pickerKey, setPickerKey] = useState(0);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [jobType, setJobType] = useState(initial?.jobType ?? '');
  const [startDate, setStartDate] = useState(initial?.startDate ?? today());
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [hours, setHours] = useState(initial?.hoursPerWeek === null || initial === undefined ? '' : String(initial.hoursPerWeek));
  const [paySubsidy, setPaySubsidy] = useState(initial?.paySubsidy ?? false);
  const [problems, setProblems] = useState<Partial<Record<keyof JobDraft, string>>>({});

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const given = completeAnswers(answers);
    const keepsFlag = storedFlag !== null && Object.values(answers).every((value) => value === null);
    const draft: JobDraft = {
      employerId,
      title: title.trim(),
      jobType: jobType.trim(),
      startDate,
      endDate: endDate === '' ? null : endDate,
      hoursPerWeek: hours.trim() === '' ? null : parseDecimal(hours),
      competitive: given ? isCompetitive(given) : (storedFlag ?? false),
      competitiveAnswers: given,
      paySubsidy,
    };
    const labels = {
      employerId: t('caseload:jobs.employer'),
      title: t('caseload:jobs.jobTitle'),
      jobType: t('caseload:jobs.jobType'),
      startDate: t('caseload:jobs.startDate'),
      endDate: t('caseload:jobs.endDate'),
      hoursPerWeek: t('caseload:jobs.hours'),
      competitive: t('caseload:competitive.legend'),
      competitiveAnswers: t('caseload:competitive.legend'),
      paySubsidy: t('caseload:jobs.paySubsidy'),
    };
    const found: Partial<Record<keyof JobDraft, string>> = draftErrors(draftProblems(JobDraftSchema, draft), labels, {
      employerId: { required: t('caseload:problems.employer-required') },
      endDate: { daysReversed: t('caseload:problems.end-before-start') },
      hoursPerWeek: { invalid: t('caseload:problems.hours-range') },
    });
    // A new job needs all four answers; one saved before the questions may keep its flag (issue 16).
    if (!given && !keepsFlag) found.competitiveAnswers = problemText('answers-required');
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    if ((await onSubmit(draft)) && !initial) {
      setEmployerId('');
      setPickerKey((key) => key + 1);
      setAnswers(NO_ANSWERS);
      setTitle('');
      setJobType('');
      setEndDate('');
      setHours('');
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate aria-labelledby="job-form-title">
      <h3 id="job-form-title">{initial ? t('caseload:jobs.editTitle') : t('caseload:jobs.addTitle')}</h3>
      <div className="form-grid">
        <EmployerPicker
          key={pickerKey}
          serviceId={serviceId}
          employers={employers}
          value={employerId}
          onChange={setEmployerId}
          label={t('caseload:jobs.employer')}
          error={problems.employerId}
        />
        <TextField
          label={t('caseload:jobs.jobTitle')}
          value={title}
          onChange={setTitle}
          error={problems.title}
          required
          autoComplete="off"
        />
        <TextField
          label={t('caseload:jobs.jobType')}
          hint={t('caseload:jobs.jobTypeHint')}
          value={jobType}
          onChange={setJobType}
          error={problems.jobType}
          required
          autoComplete="off"
        />
      </div>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('caseload:jobs.startDate')}
          value={startDate}
          onChange={setStartDate}
          error={problems.startDate}
          required
        />
        <TextField type="date" label={t('caseload:jobs.endDate')} value={endDate} onChange={setEndDate} error={problems.endDate} />
        <TextField
          label={t('caseload:jobs.hours')}
          value={hours}
          onChange={setHours}
          error={problems.hoursPerWeek}
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <CompetitiveQuestions
        answers={answers}
        onChange={setAnswers}
        storedFlag={storedFlag}
        error={problems.competitiveAnswers ?? problems.competitive}
      />
      <div className="row">
        <label className="checkbox">
          <input type="checkbox" checked={paySubsidy} onChange={(event) => setPaySubsidy(event.target.checked)} />
          {t('caseload:jobs.paySubsidy')}
        </label>
      </div>
      <FormActions
        isSubmitting={single.isSubmitting}
        submitLabel={initial ? t('caseload:jobs.saveEdit') : t('caseload:jobs.add')}
        onCancel={onCancel}
      />
    </form>
  );
}
