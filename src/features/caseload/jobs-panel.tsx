import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { checkPhaseChange, dateForMoveAfterJob, sortEvents } from '../../domain/caseload/phases';
import type { IsoDate } from '../../domain/dates';
import type { ClientDetail } from '../../db/caseload-queries';
import { db } from '../../db/app-db';
import { addJob, deleteJob, updateJob } from '../../db/repos/caseload-jobs';
import { recordPhaseChange } from '../../db/repos/caseload-clients';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { TextField } from '../../ui/text-field';
import { useSingleRun } from '../../ui/use-single-submit';
import { JobForm } from './job-form';
import { today, useProblemText } from './labels';

/** The client's jobs and the form for a new one; a job start offers to move the client to phase 5. */
export function JobsPanel({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const save = useTrackedSave();
  const problemText = useProblemText();
  // The offered move after a job start: the job's start, and the move's date the coach may change.
  const [offer, setOffer] = useState<{ jobStart: IsoDate; date: IsoDate } | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = detail.jobs.find((job) => job.id === editingId) ?? null;
  const yesNo = (value: boolean) => (value ? t('caseload:jobs.yes') : t('caseload:jobs.no'));
  const day = today();
  const move = offer ? { kind: 'move' as const, date: offer.date, phase: 5 as const, closureReason: null } : null;
  const offerProblem = move ? (offer?.date === '' ? 'required' : checkPhaseChange(detail.client, detail.changes, move, day)) : null;
  const lastChange = sortEvents(detail.changes).at(-1)?.date ?? null;
  const employerNames = new Map(detail.employers.map((employer) => [employer.id, employer.name]));
  const employerName = (id: string) => employerNames.get(id) ?? '—';
  const liveEmployers = detail.employers.filter((employer) => employer.deletedAt === null);

  async function handleAdd(draft: Parameters<typeof addJob>[2]) {
    const ok = await save(() => addJob(db, detail.client.id, draft, new Date()));
    // The move is dated on the job start, or today when the job starts later, or the last phase
    // change when one is recorded after the start (the history must stay in order).
    if (ok && detail.state.status === 'active' && detail.state.phase !== 5) {
      setOffer({ jobStart: draft.startDate, date: dateForMoveAfterJob(detail.client, detail.changes, draft.startDate, day) });
    }
    return ok;
  }

  const acceptOffer = useSingleRun(async () => {
    if (move && (await save(() => recordPhaseChange(db, detail.client.id, move, day, new Date())))) setOffer(null);
  });

  return (
    <section className="panel stack" aria-labelledby="jobs-title">
      <h2 id="jobs-title">{t('caseload:jobs.title')}</h2>
      {move && (
        <div className="notice stack" role="group" aria-labelledby="job-offer-title" data-testid="phase-5-offer">
          <h3 id="job-offer-title">{t('caseload:jobs.offerTitle')}</h3>
          <p>{t('caseload:jobs.offerBody', { date: move.date === '' ? '—' : formatDate(move.date, locale) })}</p>
          {offer && lastChange !== null && offer.jobStart < lastChange && (
            <p data-testid="phase-5-offer-later">
              {t('caseload:jobs.offerLater', { start: formatDate(offer.jobStart, locale), last: formatDate(lastChange, locale) })}
            </p>
          )}
          <TextField
            type="date"
            label={t('caseload:jobs.offerDate')}
            value={move.date}
            onChange={(date) => setOffer((current) => (current ? { ...current, date } : current))}
            error={problemText(offerProblem)}
            required
          />
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={offerProblem !== null || acceptOffer.isRunning}
              onClick={() => void acceptOffer.run()}
            >
              {t('caseload:jobs.offerAccept')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOffer(null)}>
              {t('caseload:jobs.offerDecline')}
            </button>
          </div>
        </div>
      )}
      {detail.jobs.length === 0 ? (
        <p>{t('caseload:jobs.none')}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="job-table">
            <thead>
              <tr>
                <th scope="col">{t('caseload:jobs.employer')}</th>
                <th scope="col">{t('caseload:jobs.jobTitle')}</th>
                <th scope="col">{t('caseload:jobs.jobType')}</th>
                <th scope="col">{t('caseload:jobs.startDate')}</th>
                <th scope="col">{t('caseload:jobs.end')}</th>
                <th scope="col" className="numeric">
                  {t('caseload:jobs.hoursShort')}
                </th>
                <th scope="col">{t('caseload:jobs.competitive')}</th>
                <th scope="col">{t('caseload:jobs.paySubsidy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.jobs.map((job) => (
                <tr key={job.id}>
                  <th scope="row">{employerName(job.employerId)}</th>
                  <td>{job.title}</td>
                  <td>{job.jobType}</td>
                  <td>{formatDate(job.startDate, locale)}</td>
                  <td>{job.endDate ? formatDate(job.endDate, locale) : '—'}</td>
                  <td className="numeric">{job.hoursPerWeek === null ? '—' : formatNumber(job.hoursPerWeek, locale)}</td>
                  <td>{yesNo(job.competitive)}</td>
                  <td>{yesNo(job.paySubsidy)}</td>
                  <td className="row">
                    <button type="button" className="button button-secondary" onClick={() => setEditingId(job.id)}>
                      {t('common:actions.edit')}
                      <span className="visually-hidden"> {job.title}</span>
                    </button>
                    <ConfirmButton
                      label={t('common:actions.delete')}
                      title={t('caseload:jobs.delete', { title: job.title })}
                      body={<p>{employerName(job.employerId)}</p>}
                      confirmLabel={t('common:actions.delete')}
                      isDanger
                      onConfirm={() => void save(() => deleteJob(db, job.id, new Date()))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <JobForm
          key={editing.id}
          serviceId={detail.client.serviceId}
          employers={liveEmployers}
          initial={editing}
          onCancel={() => setEditingId(null)}
          onSubmit={async (draft) => {
            const ok = await save(() => updateJob(db, editing.id, draft, new Date()));
            if (ok) setEditingId(null);
            return ok;
          }}
        />
      ) : (
        <JobForm serviceId={detail.client.serviceId} employers={liveEmployers} onSubmit={handleAdd} />
      )}
    </section>
  );
}
