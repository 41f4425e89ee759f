import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftProblems } from '../../domain/records/draft-problems';
import { ServiceDraftSchema, type ServiceDraft } from '../../domain/records/service';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { DraftOffer } from '../../ui/draft-offer';
import { TextField } from '../../ui/text-field';
import { useFormDraft } from '../../widgets/use-form-draft';
import { FormActions } from '../../ui/form-actions';
import { TextAreaField } from '../../ui/text-area-field';
import { useSingleSubmit } from '../../ui/use-single-submit';

type Errors = Partial<Record<keyof ServiceDraft, string>>;

interface Props {
  initial: ServiceDraft;
  submitLabel: string;
  onSubmit: (draft: ServiceDraft) => Promise<boolean>;
  onCancel?: () => void;
  /** When creating: where the typed text is kept as a draft until the service is saved. */
  draftKey?: string;
}

export const EMPTY_SERVICE: ServiceDraft = { name: '', organisation: '', region: '', notes: '' };

/** Create or edit a service; checks every field before anything is written. */
export function ServiceForm({ initial, submitLabel, onSubmit, onCancel, draftKey }: Props) {
  const { t } = useTranslation(['services', 'common']);
  const [draft, setDraft] = useState<ServiceDraft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const draftErrors = useDraftErrors();
  const formDraft = useFormDraft(draftKey ?? null, { ...draft }, { ...EMPTY_SERVICE }, (typed) =>
    Object.values(typed).every((text) => text.trim() === ''),
  );
  const restoreDraft = () => {
    const typed = formDraft.restore();
    if (typed) setDraft({ name: typed.name, organisation: typed.organisation, region: typed.region, notes: typed.notes });
  };

  function validate(value: ServiceDraft): Errors {
    const labels = {
      name: t('services:form.name'),
      organisation: t('services:form.organisation'),
      region: t('services:form.region'),
      notes: t('services:form.notes'),
    };
    return draftErrors(draftProblems(ServiceDraftSchema, value), labels, { name: { required: t('services:form.nameRequired') } });
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const cleaned = { ...draft, name: draft.name.trim(), organisation: draft.organisation.trim(), region: draft.region.trim() };
    const ok = await onSubmit(cleaned);
    if (ok) formDraft.clear();
    if (ok && initial === EMPTY_SERVICE) setDraft(EMPTY_SERVICE);
  }

  const single = useSingleSubmit(handleSubmit);
  const set = (key: keyof ServiceDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form className="stack" onSubmit={single.onSubmit} noValidate>
      <DraftOffer isShown={formDraft.offered !== null} onRestore={restoreDraft} onDiscard={formDraft.discard} />
      <TextField
        label={t('services:form.name')}
        hint={t('services:form.nameHint')}
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
        required
        autoComplete="off"
      />
      <div className="form-grid">
        <TextField
          label={t('services:form.organisation')}
          hint={t('services:form.organisationHint')}
          value={draft.organisation}
          onChange={set('organisation')}
          error={errors.organisation}
          autoComplete="off"
        />
        <TextField
          label={t('services:form.region')}
          value={draft.region}
          onChange={set('region')}
          error={errors.region}
          autoComplete="off"
        />
      </div>
      <TextAreaField label={t('services:form.notes')} value={draft.notes} onChange={set('notes')} error={errors.notes} />
      <FormActions
        submitLabel={submitLabel}
        isSubmitting={single.isSubmitting}
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
