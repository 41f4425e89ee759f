import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentityCodeMessage } from '../../ui/identity-code-message';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { createEmployer } from '../../db/repos/employers';
import { findDuplicateEmployers } from '../../domain/employers/employer-names';
import { EMPLOYER_NAME_MAX, type Employer } from '../../domain/records/employers';
import { DraftOffer } from '../../ui/draft-offer';
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
  const [nameError, setNameError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<Employer | null>(null);
  const [isSaved, setSaved] = useState(false);
  const identityCode = useIdentityCodeMessage();
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
    const existing = findDuplicateEmployers(name, employers)[0] ?? null;
    setDuplicate(existing);
    // The message names the field that holds the code, whichever of the three it is.
    const codeMessage =
      identityCode(name, t('contacts:employers.name')) ??
      identityCode(sector, t('contacts:employers.sector')) ??
      identityCode(area, t('contacts:employers.area'));
    const error =
      name.trim() === ''
        ? t('contacts:problems.required')
        : name.length > EMPLOYER_NAME_MAX
          ? t('contacts:problems.too-long')
          : codeMessage
            ? codeMessage
            : existing
              ? t('contacts:problems.duplicate', { name: existing.name })
              : null;
    setNameError(error);
    if (error) return;
    if (await save(() => createEmployer(db, serviceId, { name, sector, area, notes: '' }, new Date()))) {
      formDraft.clear();
      setName('');
      setSector('');
      setArea('');
      setSaved(true);
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label={t('contacts:employers.add')}>
      <DraftOffer isShown={formDraft.offered !== null} onRestore={restoreDraft} onDiscard={formDraft.discard} />
      <div className="form-grid">
        <TextField label={t('contacts:employers.name')} value={name} onChange={setName} error={nameError} required autoComplete="off" />
        <TextField label={t('contacts:employers.sector')} value={sector} onChange={setSector} autoComplete="off" />
        <TextField label={t('contacts:employers.area')} value={area} onChange={setArea} autoComplete="off" />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('contacts:employers.add')}
        </button>
        {duplicate && nameError && <Link href={`/employers/${duplicate.id}`}>{t('contacts:employers.openExisting')}</Link>}
        <span role="status" className="muted">
          {isSaved ? t('contacts:employers.added') : ''}
        </span>
      </div>
    </form>
  );
}
