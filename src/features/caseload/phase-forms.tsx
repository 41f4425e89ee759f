import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { checkPhaseChange, CLOSURE_REASONS, PHASES, type ClosureReason, type Phase } from '../../domain/caseload/phases';
import { PhaseChangeDraftSchema } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import type { ClientDetail } from '../../db/caseload-queries';
import { db } from '../../db/app-db';
import { recordPhaseChange, startClient } from '../../db/repos/caseload-clients';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { TextField } from '../../ui/text-field';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { today, usePhaseName, useProblemText } from './labels';
import { SelectField } from '../../ui/select-field';
import { useSingleSubmit } from '../../ui/use-single-submit';

/**
 * The one form a phase change needs: a date and, by kind, a phase or a closure reason. The phase
 * change record's schema and then the client's history (checkPhaseChange) are checked first, so
 * the message appears next to the field, not in a banner.
 */
export function PhaseChangeForm({ detail, kind }: { detail: ClientDetail; kind: 'start' | 'move' | 'close' | 'reopen' }) {
  const { t } = useTranslation(['caseload']);
  const save = useTrackedSave();
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const phaseName = usePhaseName();
  const currentPhase = detail.state.phase;
  // The usual next step: the next phase, or from phase 5 the one before it.
  const suggested: Phase =
    kind === 'start' || currentPhase === null
      ? 1
      : (PHASES.find((p) => p === currentPhase + 1) ?? PHASES.find((p) => p === currentPhase - 1) ?? 1);
  const [date, setDate] = useState(today());
  const [phase, setPhase] = useState<Phase>(suggested);
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [errors, setErrors] = useState<{ date?: string; phase?: string; closureReason?: string }>({});
  const title = {
    start: t('caseload:phase.startTitle'),
    move: t('caseload:phase.moveTitle'),
    close: t('caseload:phase.closeTitle'),
    reopen: t('caseload:phase.reopenTitle'),
  }[kind];
  const submit = {
    start: t('caseload:phase.start'),
    move: t('caseload:phase.move'),
    close: t('caseload:phase.close'),
    reopen: t('caseload:phase.reopen'),
  }[kind];

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const day = today();
    const { client, changes } = detail;
    const request = {
      kind: kind === 'start' ? 'move' : kind,
      date,
      phase: kind === 'close' ? null : phase,
      closureReason: reason === '' ? null : reason,
    } as const;
    const labels = {
      date: t('caseload:phase.date'),
      kind: title,
      phase: t('caseload:phase.target'),
      closureReason: t('caseload:phase.reason'),
    };
    const found = draftErrors(draftProblems(PhaseChangeDraftSchema, request), labels, {
      closureReason: { invalid: problemText('reason-required') },
    });
    if (Object.keys(found).length === 0) {
      // Beside the record's rules, the client's history: the order of changes, the start, today.
      const asStarted = kind === 'start' ? { ...client, startDate: client.startDate ?? date } : client;
      const problem = checkPhaseChange(asStarted, changes, request, day);
      if (problem === 'same-phase') found.phase = problemText(problem);
      else if (problem === 'reason-required') found.closureReason = problemText(problem);
      else if (problem) found.date = problemText(problem);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstProblem();
    const ok = await save(() =>
      kind === 'start'
        ? startClient(db, client.id, date, phase, day, new Date())
        : recordPhaseChange(db, client.id, request, day, new Date()),
    );
    if (ok) setReason('');
  }

  const single = useSingleSubmit(handleSubmit);
  return (
    <form ref={formRef} className="stack phase-form" onSubmit={single.onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {kind === 'reopen' && <p className="small">{t('caseload:phase.reopenBody')}</p>}
      <div className="form-grid">
        {(kind === 'start' || kind === 'move') && (
          <SelectField
            label={t('caseload:phase.target')}
            value={String(phase)}
            onChange={(value) => setPhase(PHASES.find((p) => String(p) === value) ?? 1)}
            error={errors.phase}
          >
            {PHASES.map((option) => (
              <option key={option} value={option}>
                {phaseName(option)}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'close' && (
          <SelectField
            label={t('caseload:phase.reason')}
            value={reason}
            onChange={(value) => setReason(CLOSURE_REASONS.find((r) => r === value) ?? '')}
            error={errors.closureReason}
          >
            <option value="">{t('caseload:phase.chooseReason')}</option>
            {CLOSURE_REASONS.map((option) => (
              <option key={option} value={option}>
                {t(`caseload:closureReasons.${option}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField type="date" label={t('caseload:phase.date')} value={date} onChange={setDate} error={errors.date} required />
      </div>
      <div>
        <button type="submit" className={kind === 'close' ? 'button button-secondary' : 'button'} disabled={single.isSubmitting}>
          {submit}
        </button>
      </div>
    </form>
  );
}
