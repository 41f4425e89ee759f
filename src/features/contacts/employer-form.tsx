import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { createEmployer } from '../../db/repos/employers';
import { findDuplicateEmployers } from '../../domain/employers/employer-names';
import { draftProblems } from '../../domain/records/draft-problems';
import { EmployerDraftSchema, type Employer, type EmployerDraft } from '../../domain/records/employers';
import { DraftOffer } from '../../ui/draft-offer';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { TextField } from '../../ui/text-field';
import { useFormDraft } from '../../widgets/use-form-draft';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/**
 * Adds an employer. A name already in the directory (case, spaces and Unicode form ignored) is not
 * created twice: the form points at the existing employer instead.
 */
export function EmployerForm({ serviceId, employers }: { serviceId: string; employers: readonly Employer[] }) {
  const { t } = useTranslation(['contacts']);
  const save = useTrackedSave();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [area, setArea] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof EmployerDraft, string>>>({});
  const [duplicate, setDuplicate] = useState<Employer | null>(null);
  const [isSaved, setSaved] = useState(false);
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const formDraft = useFormDraft(`employer-new:${serviceId}`, { name, sector, area }, { name: '', sector: '', area: '' }, (typed) =>
    Object.values(typed).every((text) => text.trim() === ''),
  );
  const restoreDraft = () => {
    const typed = formDraft.restore();
    if (!typed) return;
    setName(typed.name);
    setSector(typed.sector);
    setArea(typed.area);
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const draft = { name, sector, area, notes: '' };
    const labels = {
      name: t('contacts:employers.name'),
      sector: t('contacts:employers.sector'),
      area: t('contacts:employers.area'),
      notes: t('contacts:employers.notes'),
    };
    const found = draftErrors(draftProblems(EmployerDraftSchema, draft), labels);
    // A name already in the directory: said once the name itself is fine, with a link to it.
    const existing = found.name ? null : (findDuplicateEmployers(name, employers)[0] ?? null);
    if (existing) found.name = t('contacts:problems.duplicate', { name: existing.name });
    setDuplicate(existing);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    if (await save(() => createEmployer(db, serviceId, draft, new Date()))) {
      formDraft.clear();
      setName('');
      setSector('');
      setArea('');
      setSaved(true);
    }
  }

  return (
    <form ref={formRef} className="stack" onSubmit={handleSubmit} noValidate aria-label={t('contacts:employers.add')}>
      <DraftOffer isShown={formDraft.offered !== null} onRestore={restoreDraft} onDiscard={formDraft.discard} />
      <div className="form-grid">
        <TextField label={t('contacts:employers.name')} value={name} onChange={setName} error={errors.name} required autoComplete="off" />
        <TextField label={t('contacts:employers.sector')} value={sector} onChange={setSector} error={errors.sector} autoComplete="off" />
        <TextField label={t('contacts:employers.area')} value={area} onChange={setArea} error={errors.area} autoComplete="off" />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('contacts:employers.add')}
        </button>
        {duplicate && errors.name && <Link href={`/employers/${duplicate.id}`}>{t('contacts:employers.openExisting')}</Link>}
        <span role="status" className="muted">
          {isSaved ? t('contacts:employers.added') : ''}
        </span>
      </div>
    </form>
  );
}
