import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkPhaseChange,
  CLOSURE_REASONS,
  PHASES,
  type ClosureReason,
  type Phase,
  type PhaseChangeProblem,
} from '../../domain/caseload/phases';
import type { ClientDetail } from '../../db/caseload-queries';
import { db } from '../../db/app-db';
import { recordPhaseChange, startClient } from '../../db/repos/caseload-clients';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { today, usePhaseName, useProblemText } from './labels';
import { SelectField } from '../../ui/select-field';

/**
 * The one form a phase change needs: a date and, by kind, a phase or a closure reason. The rules
 * of the domain are checked first so the message appears next to the field, not in a banner.
 */
export function PhaseChangeForm({ detail, kind }: { detail: ClientDetail; kind: 'start' | 'move' | 'close' | 'reopen' }) {
  const { t } = useTranslation(['caseload']);
  const save = useTrackedSave();
  const problemText = useProblemText();
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
  const [problem, setProblem] = useState<PhaseChangeProblem | 'required' | 'invalid-date' | null>(null);
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
    if (date === '') return setProblem('required');
    const day = today();
    const { client, changes } = detail;
    const request = {
      kind: kind === 'start' ? 'move' : kind,
      date,
      phase: kind === 'close' ? null : phase,
      closureReason: reason === '' ? null : reason,
    } as const;
    const asStarted = kind === 'start' ? { ...client, startDate: client.startDate ?? date } : client;
    const found = checkPhaseChange(asStarted, changes, request, day);
    setProblem(found);
    if (found) return;
    const ok = await save(() =>
      kind === 'start'
        ? startClient(db, client.id, date, phase, day, new Date())
        : recordPhaseChange(db, client.id, request, day, new Date()),
    );
    if (ok) setReason('');
  }

  const dateProblem = problem && problem !== 'reason-required' && problem !== 'same-phase' ? problemText(problem) : undefined;
  return (
    <form className="stack phase-form" onSubmit={handleSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {kind === 'reopen' && <p className="small">{t('caseload:phase.reopenBody')}</p>}
      <div className="form-grid">
        {(kind === 'start' || kind === 'move') && (
          <SelectField
            label={t('caseload:phase.target')}
            value={String(phase)}
            onChange={(value) => setPhase(PHASES.find((p) => String(p) === value) ?? 1)}
            error={problem === 'same-phase' ? problemText(problem) : undefined}
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
            error={problem === 'reason-required' ? problemText(problem) : undefined}
          >
            <option value="">{t('caseload:phase.chooseReason')}</option>
            {CLOSURE_REASONS.map((option) => (
              <option key={option} value={option}>
                {t(`caseload:closureReasons.${option}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField type="date" label={t('caseload:phase.date')} value={date} onChange={setDate} error={dateProblem} required />
      </div>
      <div>
        <button type="submit" className={kind === 'close' ? 'button button-secondary' : 'button'}>
          {submit}
        </button>
      </div>
    </form>
  );
}
