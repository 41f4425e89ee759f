import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { checkClientFields, type ClientField, type ClientFields } from '../../domain/caseload/drafts';
import { PHASES, type Phase } from '../../domain/caseload/phases';
import { defaultSourceRef, offeredDefaultSources } from '../../domain/caseload/referral-sources';
import { isEmployedOn } from '../../domain/caseload/capacity';
import type { ClientDraft, ReferralSource, Staff } from '../../domain/records/caseload';
import type { ClientRow } from '../../domain/caseload/summary';
import { AssignmentWarning } from './assignment-warning';
import { DraftOffer } from '../../ui/draft-offer';
import { TextField } from '../../ui/text-field';
import { useFormDraft } from '../../widgets/use-form-draft';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { today, usePhaseName, useProblemText } from './labels';
import { SelectField } from '../../ui/select-field';
import { FormActions } from '../../ui/form-actions';
import { TextAreaField } from '../../ui/text-area-field';
import { useSingleSubmit } from '../../ui/use-single-submit';

export interface ClientFormValue {
  draft: ClientDraft;
  /** Only when creating: the start (null = waiting) and the specialist. */
  start: { date: string; phase: Phase } | null;
  specialistId: string | null;
}

interface Props {
  mode: 'create' | 'edit';
  initial: ClientDraft;
  /** When editing a started client: the start, which the referral may not come after. */
  startedOn?: string | null;
  staff: readonly Staff[];
  sources: readonly ReferralSource[];
  otherCodes: readonly string[];
  /** When creating: the service's clients, to warn when the chosen specialist would go over the limit. */
  rows?: readonly ClientRow[];
  submitLabel: string;
  onSubmit: (value: ClientFormValue) => Promise<boolean>;
  onCancel?: () => void;
  /** When creating: where the typed text is kept as a draft until the client is saved. */
  draftKey?: string;
}

/** Adds a client or edits their details; the code is checked for duplicates and identity codes first. */
export function ClientForm({
  mode,
  initial,
  startedOn = null,
  staff,
  sources,
  otherCodes,
  rows = [],
  submitLabel,
  onSubmit,
  onCancel,
  draftKey,
}: Props) {
  const { t } = useTranslation(['caseload', 'common']);
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const phaseName = usePhaseName();
  const [fields, setFields] = useState<Omit<ClientFields, 'referralSource'>>({
    code: initial.code,
    referralDate: initial.referralDate,
    startDate: '',
    notes: initial.notes,
  });
  const [source, setSource] = useState(initial.referralSource);
  const [specialistId, setSpecialistId] = useState('');
  const [phase, setPhase] = useState<Phase>(1);
  const [problems, setProblems] = useState<Partial<Record<ClientField, string>>>({});
  const day = today();
  const assignable = staff.filter((member) => member.fte > 0 && isEmployedOn(member, day));
  const ownSources = sources.filter((s) => s.deletedAt === null || s.id === initial.referralSource);
  const formDraft = useFormDraft(
    mode === 'create' ? (draftKey ?? null) : null,
    { ...fields, source, specialistId, phase: String(phase) },
    {
      code: '',
      referralDate: initial.referralDate,
      startDate: '',
      notes: '',
      source: initial.referralSource,
      specialistId: '',
      phase: '1',
    },
    (typed) => typed.code.trim() === '' && typed.notes.trim() === '',
  );
  const restoreDraft = () => {
    const typed = formDraft.restore();
    if (!typed) return;
    setFields({ code: typed.code, referralDate: typed.referralDate, startDate: typed.startDate, notes: typed.notes });
    setSource(typed.source);
    setSpecialistId(typed.specialistId);
    setPhase(PHASES.find((p) => String(p) === typed.phase) ?? 1);
  };
  const set = (key: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const typed = { ...fields, referralSource: source };
    const checked = checkClientFields(mode === 'edit' ? { ...typed, startDate: startedOn ?? '' } : typed, otherCodes, day);
    const labels = {
      code: t('caseload:clients.code'),
      referralDate: t('caseload:clients.referralDate'),
      referralSource: t('caseload:clients.referralSource'),
      startDate: t('caseload:clients.startDate'),
      notes: t('caseload:clients.notes'),
    };
    const startBeforeReferral = { daysReversed: t('caseload:problems.start-before-referral') };
    const found: Partial<Record<ClientField, string>> = {
      ...Object.fromEntries(Object.entries(checked.rules).map(([field, rule]) => [field, problemText(rule)])),
      ...draftErrors(checked.problems, labels, { startDate: startBeforeReferral }),
    };
    // When editing, the start is not a field here: its clash with the referral shows at the referral.
    if (mode === 'edit' && found.startDate) found.referralDate = found.referralDate ?? found.startDate;
    if (mode === 'edit') delete found.startDate;
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    const { draft } = checked;
    const start = fields.startDate === '' ? null : { date: fields.startDate, phase };
    const ok = await onSubmit({ draft, start, specialistId: specialistId === '' ? null : specialistId });
    if (ok && mode === 'create') {
      formDraft.clear();
      setFields({ code: '', referralDate: fields.referralDate, startDate: fields.startDate, notes: '' });
      setProblems({});
    }
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form ref={formRef} className="stack" onSubmit={single.onSubmit} noValidate>
      <DraftOffer isShown={formDraft.offered !== null} onRestore={restoreDraft} onDiscard={formDraft.discard} />
      <p className="notice">{t('caseload:clients.privacy')}</p>
      <div className="form-grid">
        <TextField
          label={t('caseload:clients.code')}
          hint={t('caseload:clients.codeHint')}
          value={fields.code}
          onChange={set('code')}
          error={problems.code}
          required
          autoComplete="off"
        />
        {mode === 'create' && (
          <SelectField label={t('caseload:clients.specialist')} value={specialistId} onChange={setSpecialistId}>
            <option value="">{t('caseload:clients.unassigned')}</option>
            {assignable.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {mode === 'create' && (
        <AssignmentWarning specialist={assignable.find((member) => member.id === specialistId)} rows={rows} clientId={null} day={day} />
      )}
      <div className="form-grid">
        <TextField
          type="date"
          label={t('caseload:clients.referralDate')}
          value={fields.referralDate}
          onChange={set('referralDate')}
          error={problems.referralDate}
          required
        />
        <SelectField label={t('caseload:clients.referralSource')} value={source} onChange={setSource} error={problems.referralSource}>
          <optgroup label={t('caseload:referralSources.builtIn')}>
            {offeredDefaultSources(source).map((key) => (
              <option key={key} value={defaultSourceRef(key)}>
                {t(`caseload:referralSources.${key}`)}
              </option>
            ))}
          </optgroup>
          {ownSources.length > 0 && (
            <optgroup label={t('caseload:referralSources.own')}>
              {ownSources.map((own) => (
                <option key={own.id} value={own.id}>
                  {own.name}
                </option>
              ))}
            </optgroup>
          )}
        </SelectField>
      </div>
      {mode === 'create' && (
        <div className="form-grid">
          <TextField
            type="date"
            label={t('caseload:clients.startDate')}
            hint={t('caseload:clients.startHint')}
            value={fields.startDate}
            onChange={set('startDate')}
            error={problems.startDate}
          />
          {fields.startDate !== '' && (
            <SelectField
              label={t('caseload:clients.startPhase')}
              value={String(phase)}
              onChange={(value) => setPhase(PHASES.find((p) => String(p) === value) ?? 1)}
            >
              {PHASES.map((option) => (
                <option key={option} value={option}>
                  {phaseName(option)}
                </option>
              ))}
            </SelectField>
          )}
        </div>
      )}
      <TextAreaField
        label={t('caseload:clients.notes')}
        hint={t('caseload:clients.notesHint')}
        value={fields.notes}
        onChange={set('notes')}
        error={problems.notes}
      />
      <FormActions
        isSubmitting={single.isSubmitting}
        submitLabel={submitLabel}
        onCancel={
          onCancel &&
          (() => {
            formDraft.clear();
            onCancel();
          })
        }
      />
    </form>
  );
}
