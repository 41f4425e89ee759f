import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { containsIdentityCode } from '../../domain/caseload/identity-code';
import { DEFAULT_REFERRAL_SOURCES } from '../../domain/caseload/referral-sources';
import { NAME_MAX, type ReferralSource } from '../../domain/records/caseload';
import { db } from '../../db/app-db';
import { addReferralSource, removeReferralSource } from '../../db/repos/caseload-sources';
import { TextField } from '../../ui/text-field';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useProblemText, type Problem } from './labels';

/** The service's referral sources: the built-in list plus its own, which it can add and remove. */
export function ReferralSourcesSection({ serviceId, sources }: { serviceId: string; sources: readonly ReferralSource[] }) {
  const { t } = useTranslation(['caseload']);
  const problemText = useProblemText();
  const save = useTrackedSave();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const own = sources.filter((source) => source.deletedAt === null);

  async function handleAdd(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const key = trimmed.toLocaleLowerCase('fi');
    const builtInNames = DEFAULT_REFERRAL_SOURCES.map((k) => t(`caseload:referralSources.${k}`).toLocaleLowerCase('fi'));
    let found: Problem | null = null;
    if (trimmed === '') found = 'required';
    else if (trimmed.length > NAME_MAX) found = 'too-long';
    else if (containsIdentityCode(trimmed)) found = 'identity-code';
    else if (builtInNames.includes(key) || own.some((s) => s.name.toLocaleLowerCase('fi') === key)) found = 'duplicate-source';
    setProblem(found);
    if (found) return;
    if (await save(() => addReferralSource(db, serviceId, trimmed, new Date()))) setName('');
  }

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
        <form className="row" onSubmit={handleAdd} noValidate>
          <TextField
            label={t('caseload:referralSources.name')}
            value={name}
            onChange={setName}
            error={problemText(problem)}
            autoComplete="off"
          />
          <button type="submit" className="button button-secondary">
            {t('caseload:referralSources.add')}
          </button>
        </form>
      </div>
    </details>
  );
}
