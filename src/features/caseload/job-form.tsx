import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkJobDraft, parseDecimal } from '../../domain/caseload/drafts';
import type { JobDraft } from '../../domain/records/caseload';
import { TextField } from '../../ui/text-field';
import { today, useProblemText, type Problem } from './labels';

interface Props {
  onSubmit: (draft: JobDraft) => Promise<boolean>;
  /** An existing job to correct (e.g. its end date when it ends); absent for a new job. */
  initial?: JobDraft;
  onCancel?: () => void;
}

/** A job of a client: employer, title, type, dates, hours, and whether competitive and subsidised. */
export function JobForm({ onSubmit, initial, onCancel }: Props) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [employer, setEmployer] = useState(initial?.employer ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [jobType, setJobType] = useState(initial?.jobType ?? '');
  const [startDate, setStartDate] = useState(initial?.startDate ?? today());
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [hours, setHours] = useState(initial?.hoursPerWeek === null || initial === undefined ? '' : String(initial.hoursPerWeek));
  const [competitive, setCompetitive] = useState(initial?.competitive ?? true);
  const [paySubsidy, setPaySubsidy] = useState(initial?.paySubsidy ?? false);
  const [problems, setProblems] = useState<Partial<Record<keyof JobDraft, Problem>>>({});

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const draft: JobDraft = {
      employer: employer.trim(),
      title: title.trim(),
      jobType: jobType.trim(),
      startDate,
      endDate: endDate === '' ? null : endDate,
      hoursPerWeek: hours.trim() === '' ? null : parseDecimal(hours),
      competitive,
      paySubsidy,
    };
    const found = checkJobDraft(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if ((await onSubmit(draft)) && !initial) {
      setEmployer('');
      setTitle('');
      setJobType('');
      setEndDate('');
      setHours('');
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-labelledby="job-form-title">
      <h3 id="job-form-title">{initial ? t('caseload.jobs.editTitle') : t('caseload.jobs.addTitle')}</h3>
      <div className="form-grid">
        <TextField
          label={t('caseload.jobs.employer')}
          value={employer}
          onChange={setEmployer}
          error={problemText(problems.employer)}
          required
          autoComplete="off"
        />
        <TextField
          label={t('caseload.jobs.jobTitle')}
          value={title}
          onChange={setTitle}
          error={problemText(problems.title)}
          required
          autoComplete="off"
        />
        <TextField
          label={t('caseload.jobs.jobType')}
          hint={t('caseload.jobs.jobTypeHint')}
          value={jobType}
          onChange={setJobType}
          error={problemText(problems.jobType)}
          required
          autoComplete="off"
        />
      </div>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('caseload.jobs.startDate')}
          value={startDate}
          onChange={setStartDate}
          error={problemText(problems.startDate)}
          required
        />
        <TextField
          type="date"
          label={t('caseload.jobs.endDate')}
          value={endDate}
          onChange={setEndDate}
          error={problemText(problems.endDate)}
        />
        <TextField
          label={t('caseload.jobs.hours')}
          value={hours}
          onChange={setHours}
          error={problemText(problems.hoursPerWeek)}
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <div className="row">
        <label className="checkbox">
          <input type="checkbox" checked={competitive} onChange={(event) => setCompetitive(event.target.checked)} />
          {t('caseload.jobs.competitive')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={paySubsidy} onChange={(event) => setPaySubsidy(event.target.checked)} />
          {t('caseload.jobs.paySubsidy')}
        </label>
      </div>
      <div className="row">
        <button type="submit" className="button">
          {initial ? t('caseload.jobs.saveEdit') : t('caseload.jobs.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
