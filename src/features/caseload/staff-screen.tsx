import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { caseloadCapacity } from '../../domain/caseload/capacity';
import type { StaffDraft } from '../../domain/records/caseload';
import { db } from '../../db/app-db';
import { useStaff } from '../../db/live/caseload';
import { useService } from '../../db/live/services';
import { createStaff, updateStaff } from '../../db/repos/caseload-staff';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { CaseloadNav } from './caseload-nav';
import { today } from './labels';
import { ContactLogReviewSetting } from './contact-log-review-setting';
import { StaffAbsences } from './staff-absences';
import { StaffForm } from './staff-form';

/** The service's employment specialists and team leaders with their share of client work (issue 3, "Staff"). */
export function StaffScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['caseload', 'common']);
  const locale = useLocale();
  const service = useService(serviceId);
  const staff = useStaff(serviceId);
  const save = useTrackedSave();
  const [editingId, setEditingId] = useState<string | null>(null);

  if (service === undefined || staff === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) return <p role="alert">{t('common:status.notFound')}</p>;

  const editing = staff.find((member) => member.id === editingId) ?? null;
  const empty: StaffDraft = { name: '', role: 'specialist', fte: 1, startDate: today(), endDate: null };

  return (
    <div className="stack">
      <CaseloadNav serviceId={serviceId} serviceName={service.name} current="staff" />
      <h1>{t('caseload:staff.title')}</h1>
      <p>{t('caseload:staff.intro')}</p>
      <section className="panel" aria-label={t('caseload:staff.title')}>
        {staff.length === 0 ? (
          <p>{t('caseload:staff.none')}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('caseload:staff.name')}</th>
                  <th scope="col">{t('caseload:staff.role')}</th>
                  <th scope="col" className="numeric">
                    {t('caseload:staff.fte')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('caseload:staff.capacity')}
                  </th>
                  <th scope="col">{t('caseload:staff.startDate')}</th>
                  <th scope="col">{t('caseload:staff.end')}</th>
                  <th scope="col">{t('caseload:staff.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">{member.name}</th>
                    <td>{t(`caseload:roles.${member.role}`)}</td>
                    <td className="numeric">{formatNumber(member.fte, locale, 3)}</td>
                    <td className="numeric">{formatNumber(caseloadCapacity(member.fte), locale)}</td>
                    <td>{formatDate(member.startDate, locale)}</td>
                    <td>{member.endDate ? formatDate(member.endDate, locale) : '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => setEditingId(member.id)}
                        aria-label={t('caseload:staff.edit', { name: member.name })}
                      >
                        {t('common:actions.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel stack" aria-labelledby="staff-form-title">
        <h2 id="staff-form-title">{editing ? t('caseload:staff.editTitle') : t('caseload:staff.addTitle')}</h2>
        {editing ? (
          <StaffForm
            key={editing.id}
            initial={editing}
            submitLabel={t('common:actions.save')}
            onCancel={() => setEditingId(null)}
            onSubmit={async (draft) => {
              const ok = await save(() => updateStaff(db, editing.id, draft, new Date()));
              if (ok) setEditingId(null);
              return ok;
            }}
          />
        ) : (
          <StaffForm
            key="new"
            initial={empty}
            submitLabel={t('caseload:staff.add')}
            onSubmit={(draft) => save(() => createStaff(db, serviceId, draft, new Date()))}
          />
        )}
      </section>
      <StaffAbsences serviceId={serviceId} staff={staff} />
      <ContactLogReviewSetting service={service} />
    </div>
  );
}
