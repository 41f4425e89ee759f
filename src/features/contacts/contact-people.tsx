import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentityCodeMessage } from '../../ui/identity-code-message';
import { db } from '../../db/app-db';
import { addContactPerson } from '../../db/repos/employers';
import { SHORT_TEXT_MAX } from '../../domain/records/base';
import type { EmployerContactPerson } from '../../domain/records/employers';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/** An employer's contact people (name, role), each its own record, and a form to add one. */
export function ContactPeople({ employerId, people }: { employerId: string; people: readonly EmployerContactPerson[] }) {
  const { t } = useTranslation(['contacts']);
  const save = useTrackedSave();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const identityCode = useIdentityCodeMessage();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const codeMessage = identityCode(name, t('contacts:employer.personName')) ?? identityCode(role, t('contacts:employer.personRole'));
    const problem =
      name.trim() === ''
        ? t('contacts:problems.required')
        : name.length > SHORT_TEXT_MAX || role.length > SHORT_TEXT_MAX
          ? t('contacts:problems.too-long')
          : codeMessage
            ? codeMessage
            : null;
    setError(problem);
    if (problem) return;
    if (await save(() => addContactPerson(db, employerId, { name, role }, new Date()))) {
      setName('');
      setRole('');
    }
  }

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
      <form className="stack" onSubmit={handleSubmit} noValidate aria-label={t('contacts:employer.addPerson')}>
        <div className="form-grid">
          <TextField label={t('contacts:employer.personName')} value={name} onChange={setName} error={error} autoComplete="off" />
          <TextField label={t('contacts:employer.personRole')} value={role} onChange={setRole} autoComplete="off" />
        </div>
        <button type="submit" className="button button-secondary">
          {t('contacts:employer.addPerson')}
        </button>
      </form>
    </div>
  );
}
