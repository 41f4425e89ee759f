import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { db } from '../db/app-db';
import { createEmployer } from '../db/repos/employers';
import { employerNameKey, findDuplicateEmployers } from '../domain/employers/employer-names';
import { draftProblems } from '../domain/records/draft-problems';
import { EmployerDraftSchema, type Employer } from '../domain/records/employers';
import { useDraftProblemText } from '../ui/draft-problem-text';
import { useTrackedSave } from './use-tracked-save';

/*
 * A job's or a contact's employer comes from the service's employer directory (issue 15): a typo in
 * free text used to split one employer's history in two. The coach searches the directory by any
 * part of the name; a name not in it is added on the spot, on purpose, with one more tap.
 */
const MATCHES_SHOWN = 6;

/**
 * Adds `name` to the directory unless the employer record's schema refuses it (empty, too long,
 * an identity code) or it is there already (then that employer is chosen).
 */
function useAddEmployer(serviceId: string, employers: readonly Employer[]) {
  const { t } = useTranslation(['common']);
  const save = useTrackedSave();
  const problemText = useDraftProblemText();
  return async (name: string): Promise<{ id: string } | { problem: string }> => {
    const trimmed = name.trim().replace(/\s+/gu, ' ');
    const draft = { name: trimmed, sector: '', area: '', notes: '' };
    const problem = problemText(draftProblems(EmployerDraftSchema, draft).name, t('common:employerPicker.newName'), {
      required: t('common:employerPicker.nameRequired'),
    });
    if (problem) return { problem };
    const existing = findDuplicateEmployers(trimmed, employers)[0];
    if (existing) return { id: existing.id };
    let id = '';
    const ok = await save(async () => {
      id = await createEmployer(db, serviceId, draft, new Date());
    });
    return ok ? { id } : { problem: t('common:employerPicker.addFailed') };
  };
}

interface PickerProps {
  serviceId: string;
  /** The service's live employers, by name. */
  employers: readonly Employer[];
  /** The chosen employer's id; '' when none is chosen. */
  value: string;
  onChange: (employerId: string) => void;
  label: string;
  error?: string;
}

/** Search the directory by any part of the name and choose, or add the typed name as a new employer. */
export function EmployerPicker({ serviceId, employers, value, onChange, label, error }: PickerProps) {
  const { t } = useTranslation(['common']);
  const id = useId();
  const addEmployer = useAddEmployer(serviceId, employers);
  const chosen = employers.find((employer) => employer.id === value) ?? null;
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const key = employerNameKey(query);
  const exact = employers.find((employer) => employerNameKey(employer.name) === key) ?? null;
  const matches =
    key === '' || (exact !== null && chosen?.id === exact.id) ? [] : employers.filter((e) => employerNameKey(e.name).includes(key));

  const type = (text: string) => {
    setQuery(text);
    setProblem(null);
    // Typing a directory name in full chooses it; anything else is not a choice yet.
    const same = employers.find((employer) => employerNameKey(employer.name) === employerNameKey(text));
    onChange(same?.id ?? '');
  };
  const choose = (employer: Employer) => {
    setQuery(employer.name);
    setProblem(null);
    onChange(employer.id);
  };
  const shownError = problem ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field employer-picker">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="field-hint">
        {t('common:employerPicker.hint')}
      </span>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => type(event.target.value)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[hintId, shownError ? errorId : ''].filter(Boolean).join(' ')}
        aria-controls={`${id}-matches`}
        autoComplete="off"
        spellCheck={false}
        required
      />
      {shownError && (
        <span id={errorId} className="field-error">
          {shownError}
        </span>
      )}
      <div id={`${id}-matches`} className="stack">
        {matches.length > 0 && (
          <ul className="employer-matches" aria-label={t('common:employerPicker.matches')}>
            {matches.slice(0, MATCHES_SHOWN).map((employer) => (
              <li key={employer.id}>
                <button type="button" className="button button-secondary" onClick={() => choose(employer)}>
                  {employer.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        {matches.length > MATCHES_SHOWN && (
          <span className="muted">{t('common:employerPicker.more', { count: matches.length - MATCHES_SHOWN })}</span>
        )}
        {key !== '' && exact === null && (
          <button
            type="button"
            className="button button-secondary"
            onClick={async () => {
              const result = await addEmployer(query);
              if ('problem' in result) setProblem(result.problem);
              else {
                setQuery(query.trim().replace(/\s+/gu, ' '));
                setProblem(null);
                onChange(result.id);
              }
            }}
          >
            {t('common:employerPicker.add', { name: query.trim() })}
          </button>
        )}
        {chosen && (
          <span role="status" className="muted">
            {t('common:employerPicker.chosen', { name: chosen.name })}
          </span>
        )}
      </div>
    </div>
  );
}

interface InlineProps {
  serviceId: string;
  employers: readonly Employer[];
  /** Called with the new (or same-named existing) employer's id, to choose it. */
  onAdded: (employerId: string) => void;
}

/** "New employer" inside another form (not a form of its own: forms cannot nest). */
export function NewEmployerInline({ serviceId, employers, onAdded }: InlineProps) {
  const { t } = useTranslation(['common']);
  const id = useId();
  const addEmployer = useAddEmployer(serviceId, employers);
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!isOpen)
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('common:employerPicker.open')}
      </button>
    );
  return (
    <fieldset className="stack new-employer">
      <legend>{t('common:employerPicker.newTitle')}</legend>
      <div className="field">
        <label htmlFor={id}>{t('common:employerPicker.newName')}</label>
        <input
          id={id}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        {problem && (
          <span id={`${id}-error`} className="field-error">
            {problem}
          </span>
        )}
      </div>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={async () => {
            const result = await addEmployer(name);
            if ('problem' in result) setProblem(result.problem);
            else {
              onAdded(result.id);
              setName('');
              setOpen(false);
            }
          }}
        >
          {t('common:employerPicker.addShort')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
