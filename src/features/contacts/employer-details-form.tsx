import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { updateEmployer } from '../../db/repos/employers';
import { findDuplicateEmployers } from '../../domain/employers/employer-names';
import { draftProblems } from '../../domain/records/draft-problems';
import { EmployerDraftSchema, type Employer, type EmployerDraft } from '../../domain/records/employers';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { FormActions } from '../../ui/form-actions';
import { TextAreaField } from '../../ui/text-area-field';
import { useSingleSubmit } from '../../ui/use-single-submit';

interface Props {
  employer: Employer;
  /** The service's other employers, to refuse a name that would make this one a duplicate. */
  employers: readonly Employer[];
  onDone: () => void;
}

/** Corrects an employer's name, sector, area and notes; checked like a new employer. */
export function EmployerDetailsForm({ employer, employers, onDone }: Props) {
  const { t } = useTranslation(['contacts', 'common']);
  const save = useTrackedSave();
  const [name, setName] = useState(employer.name);
  const [sector, setSector] = useState(employer.sector);
  const [area, setArea] = useState(employer.area);
  const [notes, setNotes] = useState(employer.notes);
  const [errors, setErrors] = useState<Partial<Record<keyof EmployerDraft, string>>>({});
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const labels = {
      name: t('contacts:employers.name'),
      sector: t('contacts:employers.sector'),
      area: t('contacts:employers.area'),
      notes: t('contacts:employers.notes'),
    };
    const found = draftErrors(draftProblems(EmployerDraftSchema, { name, sector, area, notes }), labels);
    // A name another employer of the directory has: said once the name itself is fine.
    const duplicate = found.name ? undefined : findDuplicateEmployers(name, employers, employer.id)[0];
    if (duplicate) found.name = t('contacts:problems.duplicate', { name: duplicate.name });
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    const draft = { name: name.trim(), sector: sector.trim(), area: area.trim(), notes };
    if (await save(() => updateEmployer(db, employer.id, draft, new Date()))) onDone();
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate aria-label={t('contacts:employer.edit')}>
      <TextField label={t('contacts:employers.name')} value={name} onChange={setName} error={errors.name} required autoComplete="off" />
      <div className="form-grid">
        <TextField label={t('contacts:employers.sector')} value={sector} onChange={setSector} error={errors.sector} autoComplete="off" />
        <TextField label={t('contacts:employers.area')} value={area} onChange={setArea} error={errors.area} autoComplete="off" />
      </div>
      <TextAreaField label={t('contacts:employers.notes')} value={notes} onChange={setNotes} error={errors.notes} />
      <FormActions isSubmitting={single.isSubmitting} submitLabel={t('common:actions.save')} onCancel={onDone} />
    </form>
  );
}
