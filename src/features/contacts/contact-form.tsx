import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { createContact, updateContact } from '../../db/repos/employer-contacts';
import { checkContactInput, contactFormInput, type ContactField, type ContactFormInput } from '../../domain/employers/contact-draft';
import type { Staff } from '../../domain/records/caseload';
import {
  CONTACT_MODES,
  CONTACT_PURPOSES,
  type ContactMode,
  type ContactPurpose,
  type Employer,
  type EmployerContact,
  type EmployerContactPerson,
} from '../../domain/records/employers';
import { DraftOffer } from '../../ui/draft-offer';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { TextField } from '../../ui/text-field';
import { NewEmployerInline } from '../../widgets/employer-picker';
import { useFormDraft } from '../../widgets/use-form-draft';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { today, useProblemText } from './labels';
import { SelectField } from '../../ui/select-field';
import { FormActions } from '../../ui/form-actions';
import { useSingleSubmit } from '../../ui/use-single-submit';

interface Props {
  serviceId: string;
  staff: readonly Staff[];
  employers: readonly Employer[];
  people: readonly EmployerContactPerson[];
  /** Shown first in the employer list: the ones this specialist met most recently. */
  recentEmployerIds: readonly string[];
  /** lower-case code → client id, and back for editing. */
  clientsByCode: ReadonlyMap<string, string>;
  clientCodeById: ReadonlyMap<string, string>;
  defaultStaffId: string;
  /** Editing an existing contact; otherwise a new one with today and face-to-face preselected. */
  initial?: EmployerContact;
  onDone?: () => void;
}

/** Logs or edits a contact. Everything is checked first; a failed save leaves nothing behind. */
export function ContactForm({
  serviceId,
  staff,
  employers,
  people,
  recentEmployerIds,
  clientsByCode,
  clientCodeById,
  defaultStaffId,
  initial,
  onDone,
}: Props) {
  const { t } = useTranslation(['contacts', 'common']);
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const save = useTrackedSave();
  const [input, setInput] = useState(() => contactFormInput(initial, defaultStaffId, recentEmployerIds[0] ?? '', clientCodeById, today()));
  const [mode, setMode] = useState<ContactMode>(initial?.mode ?? 'face-to-face');
  const [purpose, setPurpose] = useState<ContactPurpose>(initial?.purpose ?? 'learn-needs');
  const [personId, setPersonId] = useState(initial?.contactPersonId ?? '');
  const [problems, setProblems] = useState<Partial<Record<ContactField, string>>>({});
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  // Only a new contact keeps a draft: an edited one is a record already.
  const blank = contactFormInput(undefined, defaultStaffId, recentEmployerIds[0] ?? '', clientCodeById, today());
  const formDraft = useFormDraft(
    initial ? null : `contact-new:${serviceId}`,
    { ...input, mode, purpose, personId },
    { ...blank, mode: 'face-to-face', purpose: 'learn-needs', personId: '' },
    (typed) => [typed.clientCodes, typed.outcome, typed.nextStep, typed.notes].every((text) => text.trim() === ''),
  );
  const restoreDraft = () => {
    const typed = formDraft.restore();
    if (!typed) return;
    const { mode: typedMode, purpose: typedPurpose, personId: typedPerson, ...typedInput } = typed;
    setInput(typedInput);
    setMode(CONTACT_MODES.find((m) => m === typedMode) ?? 'face-to-face');
    setPurpose(CONTACT_PURPOSES.find((p) => p === typedPurpose) ?? 'learn-needs');
    setPersonId(typedPerson);
  };
  const set = (field: keyof ContactFormInput) => (value: string) => setInput((current) => ({ ...current, [field]: value }));
  const recent = recentEmployerIds
    .map((id) => employers.find((e) => e.id === id))
    .filter((e): e is Employer => e !== undefined)
    .slice(0, 5);
  const employerPeople = people.filter((p) => p.employerId === input.employerId);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const contactPersonId = employerPeople.some((p) => p.id === personId) ? personId : null;
    const checked = checkContactInput(input, { mode, purpose, contactPersonId }, today(), clientsByCode);
    const labels = {
      date: t('contacts:form.date'),
      staffId: t('contacts:form.specialist'),
      employerId: t('contacts:form.employer'),
      followUpDate: t('contacts:form.followUp'),
      clientCodes: t('contacts:form.clients'),
      outcome: t('contacts:form.outcome'),
      nextStep: t('contacts:form.nextStep'),
      notes: t('contacts:form.notes'),
    };
    const chosen = { required: t('contacts:problems.required') };
    const found: Partial<Record<ContactField, string>> = {
      ...Object.fromEntries(Object.entries(checked.rules).map(([field, rule]) => [field, problemText(rule, checked.unknownCodes)])),
      ...draftErrors(checked.problems, labels, {
        staffId: chosen,
        employerId: chosen,
        followUpDate: { daysReversed: t('contacts:problems.follow-up-before-contact') },
      }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    const { draft } = checked;
    const ok = await save(() =>
      initial ? updateContact(db, initial.id, draft, new Date()) : createContact(db, serviceId, draft, new Date()),
    );
    setStatus(ok ? 'saved' : 'failed');
    if (!ok) return;
    if (initial) onDone?.();
    else {
      formDraft.clear();
      // Ready for the next contact: same day, specialist and employer; face-to-face again.
      setInput((current) => ({
        ...contactFormInput(undefined, current.staffId, current.employerId, clientCodeById, today()),
        date: current.date,
      }));
      setMode('face-to-face');
      setPurpose('learn-needs');
      setPersonId('');
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form
      ref={formRef}
      className="stack"
      onSubmit={single.onSubmit}
      noValidate
      aria-label={initial ? t('contacts:form.editTitle') : t('contacts:form.title')}
    >
      <DraftOffer isShown={formDraft.offered !== null} onRestore={restoreDraft} onDiscard={formDraft.discard} />
      <div className="form-grid">
        <TextField
          type="date"
          label={t('contacts:form.date')}
          value={input.date}
          onChange={set('date')}
          error={problems.date}
          max={today()}
          required
        />
        <SelectField
          label={t('contacts:form.specialist')}
          value={input.staffId}
          onChange={set('staffId')}
          error={problems.staffId}
          required
        >
          <option value="">{t('contacts:form.chooseSpecialist')}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('contacts:form.employer')}
          value={input.employerId}
          onChange={(value) => {
            set('employerId')(value);
            setPersonId('');
          }}
          error={problems.employerId}
          required
        >
          <option value="">{t('contacts:form.chooseEmployer')}</option>
          {recent.length > 0 && (
            <optgroup label={t('contacts:form.recent')}>
              {recent.map((e) => (
                <option key={`recent-${e.id}`} value={e.id}>
                  {e.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('contacts:form.all')}>
            {employers
              .filter((e) => !recent.includes(e))
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
          </optgroup>
        </SelectField>
        <NewEmployerInline
          serviceId={serviceId}
          employers={employers}
          onAdded={(employerId) => {
            set('employerId')(employerId);
            setPersonId('');
          }}
        />
        <SelectField label={t('contacts:form.person')} value={personId} onChange={setPersonId} disabled={employerPeople.length === 0}>
          <option value="">{t('contacts:form.noPerson')}</option>
          {employerPeople.map((p) => (
            <option key={p.id} value={p.id}>
              {p.role ? `${p.name} (${p.role})` : p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="contact-modes">
        <legend>{t('contacts:form.mode')}</legend>
        {CONTACT_MODES.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="contact-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
            {t(`contacts:modes.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <SelectField
          label={t('contacts:form.purpose')}
          value={purpose}
          onChange={(value) => setPurpose(CONTACT_PURPOSES.find((p) => p === value) ?? 'other')}
        >
          {CONTACT_PURPOSES.map((option) => (
            <option key={option} value={option}>
              {t(`contacts:purposes.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('contacts:form.clients')}
          hint={t('contacts:form.clientsHint')}
          value={input.clientCodes}
          onChange={set('clientCodes')}
          error={problems.clientCodes}
          autoComplete="off"
        />
        <TextField
          label={t('contacts:form.outcome')}
          value={input.outcome}
          onChange={set('outcome')}
          error={problems.outcome}
          autoComplete="off"
        />
        <TextField
          label={t('contacts:form.nextStep')}
          value={input.nextStep}
          onChange={set('nextStep')}
          error={problems.nextStep}
          autoComplete="off"
        />
        <TextField
          type="date"
          label={t('contacts:form.followUp')}
          value={input.followUpDate}
          onChange={set('followUpDate')}
          error={problems.followUpDate}
        />
        <TextField label={t('contacts:form.notes')} value={input.notes} onChange={set('notes')} error={problems.notes} autoComplete="off" />
      </div>
      <FormActions
        isSubmitting={single.isSubmitting}
        submitLabel={initial ? t('common:actions.save') : t('contacts:form.save')}
        onCancel={initial ? onDone : undefined}
      >
        <span role="status" className={status === 'failed' ? 'field-error' : 'muted'}>
          {status === 'saved' && !initial ? t('contacts:form.saved') : status === 'failed' ? t('contacts:problems.saveFailed') : ''}
        </span>
      </FormActions>
    </form>
  );
}
