import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentityCodeMessage } from '../../ui/identity-code-message';
import { db } from '../../db/app-db';
import { updateEmployer } from '../../db/repos/employers';
import { findDuplicateEmployers } from '../../domain/employers/employer-names';
import { LONG_TEXT_MAX } from '../../domain/records/base';
import { EMPLOYER_NAME_MAX, type Employer } from '../../domain/records/employers';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

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
  const [error, setError] = useState<string | null>(null);
  const identityCode = useIdentityCodeMessage();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const duplicate = findDuplicateEmployers(name, employers, employer.id)[0];
    const codeMessage =
      identityCode(name, t('contacts:employers.name')) ??
      identityCode(sector, t('contacts:employers.sector')) ??
      identityCode(area, t('contacts:employers.area')) ??
      identityCode(notes, t('contacts:employers.notes'));
    const found =
      name.trim() === ''
        ? t('contacts:problems.required')
        : name.length > EMPLOYER_NAME_MAX
          ? t('contacts:problems.too-long')
          : codeMessage
            ? codeMessage
            : duplicate
              ? t('contacts:problems.duplicate', { name: duplicate.name })
              : null;
    setError(found);
    if (found) return;
    const draft = { name: name.trim(), sector: sector.trim(), area: area.trim(), notes };
    if (await save(() => updateEmployer(db, employer.id, draft, new Date()))) onDone();
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label={t('contacts:employer.edit')}>
      <TextField label={t('contacts:employers.name')} value={name} onChange={setName} error={error} required autoComplete="off" />
      <div className="form-grid">
        <TextField label={t('contacts:employers.sector')} value={sector} onChange={setSector} autoComplete="off" />
        <TextField label={t('contacts:employers.area')} value={area} onChange={setArea} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="employer-notes">{t('contacts:employers.notes')}</label>
        <textarea
          spellCheck={false}
          id="employer-notes"
          maxLength={LONG_TEXT_MAX}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
