import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { DEFAULT_REFERRAL_SOURCES } from '../../domain/caseload/referral-sources';
import { ReferralSourceDraftSchema, type ReferralSource } from '../../domain/records/caseload';
import { draftProblems } from '../../domain/records/draft-problems';
import { db } from '../../db/app-db';
import { addReferralSource, removeReferralSource } from '../../db/repos/caseload-sources';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useDraftErrors } from '../../ui/draft-problem-text';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useProblemText } from './labels';
import { useSingleSubmit } from '../../ui/use-single-submit';

/** The service's referral sources: the built-in list plus its own, which it can add and remove. */
export function ReferralSourcesSection({ serviceId, sources }: { serviceId: string; sources: readonly ReferralSource[] }) {
  const { t } = useTranslation(['caseload']);
  const problemText = useProblemText();
  const draftErrors = useDraftErrors();
  const { formRef, focusFirstProblem } = useFocusFirstProblem();
  const save = useTrackedSave();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const own = sources.filter((source) => source.deletedAt === null);

  async function handleAdd(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const key = trimmed.toLocaleLowerCase('fi');
    const builtInNames = DEFAULT_REFERRAL_SOURCES.map((k) => t(`caseload:referralSources.${k}`).toLocaleLowerCase('fi'));
    const label = t('caseload:referralSources.name');
    const isTaken = builtInNames.includes(key) || own.some((s) => s.name.toLocaleLowerCase('fi') === key);
    const found =
      draftErrors(draftProblems(ReferralSourceDraftSchema, { name }), { name: label }).name ??
      (isTaken ? (problemText('duplicate-source') ?? null) : null);
    setProblem(found);
    if (found) return focusFirstProblem();
    if (await save(() => addReferralSource(db, serviceId, trimmed, new Date()))) setName('');
  }

  const single = useSingleSubmit(handleAdd);
  return (
    <details className="panel">
      <summary className="details-summary">{t('caseload:referralSources.title')}</summary>
      <div className="stack">
        <p>{t('caseload:referralSources.intro')}</p>
        <h3>{t('caseload:referralSources.builtIn')}</h3>
        <ul>
          {DEFAULT_REFERRAL_SOURCES.map((key) => (
            <li key={key}>{t(`caseload:referralSources.${key}`)}</li>
          ))}
        </ul>
        <h3>{t('caseload:referralSources.own')}</h3>
        {own.length === 0 ? (
          <p>{t('caseload:referralSources.none')}</p>
        ) : (
          <ul className="list">
            {own.map((source) => (
              <li key={source.id} className="row-between">
                <span>{source.name}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void save(() => removeReferralSource(db, source.id, new Date()))}
                >
                  {t('caseload:referralSources.remove', { name: source.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form ref={formRef} className="row" onSubmit={single.onSubmit} noValidate>
          <TextField label={t('caseload:referralSources.name')} value={name} onChange={setName} error={problem} autoComplete="off" />
          <button type="submit" className="button button-secondary" disabled={single.isSubmitting}>
            {t('caseload:referralSources.add')}
          </button>
        </form>
      </div>
    </details>
  );
}
