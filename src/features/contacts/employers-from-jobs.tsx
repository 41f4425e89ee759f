import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { db } from '../../db/app-db';
import { useEmployersFromJobs } from '../../db/live/employers';
import { mergeEmployers } from '../../db/repos/employers';
import { markEmployerFromJobsChecked } from '../../db/repos/employers-from-jobs';
import type { Employer } from '../../domain/records/employers';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';

/**
 * Issue 15: the employers the upgrade created from jobs' free-text names, listed for the team
 * leader to check for duplicates or typos. Each one can be merged into an existing employer (its
 * jobs and contacts move there) or kept, which takes it off the list.
 */
export function EmployersFromJobs({ serviceId, employers }: { serviceId: string; employers: readonly Employer[] }) {
  const { t } = useTranslation(['contacts']);
  const created = useEmployersFromJobs(serviceId);
  if (!created || created.length === 0) return null;
  return (
    <section className="panel stack notice-warning" aria-labelledby="from-jobs-title" data-testid="employers-from-jobs">
      <h2 id="from-jobs-title">{t('contacts:fromJobs.title')}</h2>
      <p>{t('contacts:fromJobs.intro')}</p>
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {created.map((employer) => (
          <CreatedEmployer key={employer.id} employer={employer} others={employers.filter((e) => e.id !== employer.id)} />
        ))}
      </ul>
    </section>
  );
}

function CreatedEmployer({ employer, others }: { employer: Employer; others: readonly Employer[] }) {
  const { t } = useTranslation(['contacts']);
  const save = useTrackedSave();
  const [targetId, setTargetId] = useState('');
  const selectId = useId();
  const target = others.find((other) => other.id === targetId);
  return (
    <li className="row" data-testid="employer-from-jobs">
      <Link href={`/employers/${employer.id}`}>{employer.name}</Link>
      <label htmlFor={selectId} className="visually-hidden">
        {t('contacts:fromJobs.target', { name: employer.name })}
      </label>
      <select id={selectId} value={targetId} onChange={(event) => setTargetId(event.target.value)}>
        <option value="">{t('contacts:fromJobs.chooseTarget')}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
      <ConfirmButton
        label={t('contacts:fromJobs.merge', { name: employer.name })}
        title={t('contacts:employers.mergeTitle')}
        body={<p>{t('contacts:fromJobs.mergeBody', { name: employer.name, target: target?.name ?? '' })}</p>}
        confirmLabel={t('contacts:employers.merge')}
        disabled={!target}
        onConfirm={async () => {
          if (target) await save(() => mergeEmployers(db, target.id, employer.id, new Date()));
        }}
      />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void save(() => markEmployerFromJobsChecked(db, employer.id, new Date()))}
      >
        {t('contacts:fromJobs.keep', { name: employer.name })}
      </button>
    </li>
  );
}
