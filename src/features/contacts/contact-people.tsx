import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { addContactPerson } from '../../db/repos/employers';
import { draftProblems } from '../../domain/records/draft-problems';
import { ContactPersonDraftSchema, type ContactPersonDraft, type EmployerContactPerson } from '../../domain/records/employers';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useSingleSubmit } from '../../ui/use-single-submit';

/** An employer's contact people (name, role), each its own record, and a form to add one. */
export function ContactPeople({ employerId, people }: { employerId: string; people: readonly EmployerContactPerson[] }) {
  const { t } = useTranslation(['contacts']);
  const save = useTrackedSave();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof ContactPersonDraft, string>>>({});
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const labels = { name: t('contacts:employer.personName'), role: t('contacts:employer.personRole') };
    const found = draftErrors(draftProblems(ContactPersonDraftSchema, { name, role }), labels);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    if (await save(() => addContactPerson(db, employerId, { name, role }, new Date()))) {
      setName('');
      setRole('');
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <div className="stack">
      <h3>{t('contacts:employer.people')}</h3>
      {people.length === 0 ? (
        <p>{t('contacts:employer.noPeople')}</p>
      ) : (
        <ul data-testid="contact-people">
          {people.map((p) => (
            <li key={p.id}>{p.role ? `${p.name} – ${p.role}` : p.name}</li>
          ))}
        </ul>
      )}
      <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate aria-label={t('contacts:employer.addPerson')}>
        <div className="form-grid">
          <TextField label={t('contacts:employer.personName')} value={name} onChange={setName} error={errors.name} autoComplete="off" />
          <TextField label={t('contacts:employer.personRole')} value={role} onChange={setRole} error={errors.role} autoComplete="off" />
        </div>
        <button type="submit" className="button button-secondary" disabled={single.isSubmitting}>
          {t('contacts:employer.addPerson')}
        </button>
      </form>
    </div>
  );
}
