import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkJobDraft, parseDecimal } from '../../domain/caseload/drafts';
import type { JobDraft } from '../../domain/records/caseload';
import { TextField } from '../../ui/text-field';
import { today, useProblemText, type Problem } from './labels';

/** A new job of a client: employer, title, type, dates, hours, and whether competitive and subsidised. */
export function JobForm({ onSubmit }: { onSubmit: (draft: JobDraft) => Promise<boolean> }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [employer, setEmployer] = useState('');
  const [title, setTitle] = useState('');
  const [jobType, setJobType] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const [hours, setHours] = useState('');
  const [competitive, setCompetitive] = useState(true);
  const [paySubsidy, setPaySubsidy] = useState(false);
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
    if (await onSubmit(draft)) {
      setEmployer('');
      setTitle('');
      setJobType('');
      setEndDate('');
      setHours('');
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-labelledby="job-form-title">
      <h3 id="job-form-title">{t('caseload.jobs.addTitle')}</h3>
      <div className="form-grid">
        <TextField label={t('caseload.jobs.employer')} value={employer} onChange={setEmployer} error={problemText(problems.employer)} required autoComplete="off" />
        <TextField label={t('caseload.jobs.jobTitle')} value={title} onChange={setTitle} error={problemText(problems.title)} required autoComplete="off" />
        <TextField label={t('caseload.jobs.jobType')} hint={t('caseload.jobs.jobTypeHint')} value={jobType} onChange={setJobType} error={problemText(problems.jobType)} required autoComplete="off" />
      </div>
      <div className="form-grid">
        <TextField type="date" label={t('caseload.jobs.startDate')} value={startDate} onChange={setStartDate} error={problemText(problems.startDate)} required />
        <TextField type="date" label={t('caseload.jobs.endDate')} value={endDate} onChange={setEndDate} error={problemText(problems.endDate)} />
        <TextField label={t('caseload.jobs.hours')} value={hours} onChange={setHours} error={problemText(problems.hoursPerWeek)} inputMode="decimal" autoComplete="off" />
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
      <div>
        <button type="submit" className="button">
          {t('caseload.jobs.add')}
        </button>
      </div>
    </form>
  );
}
