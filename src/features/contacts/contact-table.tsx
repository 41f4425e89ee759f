import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { db } from '../../db/app-db';
import { deleteContact } from '../../db/repos/employer-contacts';
import type { EmployerContact } from '../../domain/records/employers';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmButton } from '../../ui/confirm-button';
import { useTrackedSave } from '../../widgets/use-tracked-save';
import { useVisitLabel } from './labels';
import { ScrollTable } from '../../ui/scroll-table';

interface Props {
  contacts: readonly EmployerContact[];
  visits: ReadonlyMap<string, number>;
  /** id → display name, for each column shown; no employer column on the employer's own page. */
  employerName?: (id: string) => string;
  staffName?: (id: string) => string;
  clientCode: (id: string) => string;
  caption: string;
  testId: string;
  /** Renders the edit form in place of a row's actions when set. */
  renderEdit?: (contact: EmployerContact, done: () => void) => ReactNode;
}

/** Contacts as a table with a header per column; mode and visit number are words, not colours. */
export function ContactTable({ contacts, visits, employerName, staffName, clientCode, caption, testId, renderEdit }: Props) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const visitLabel = useVisitLabel();
  const save = useTrackedSave();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = contacts.find((c) => c.id === editingId);
  return (
    <div className="stack">
      {editing && renderEdit?.(editing, () => setEditingId(null))}
      <ScrollTable label={caption}>
        <table data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contacts:list.date')}</th>
              {employerName && <th scope="col">{t('contacts:list.employer')}</th>}
              {staffName && <th scope="col">{t('contacts:list.specialist')}</th>}
              <th scope="col">{t('contacts:list.mode')}</th>
              <th scope="col">{t('contacts:list.visit')}</th>
              <th scope="col">{t('contacts:list.purpose')}</th>
              <th scope="col">{t('contacts:list.clients')}</th>
              <th scope="col">{t('contacts:list.outcome')}</th>
              {renderEdit && <th scope="col">{t('contacts:list.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                {employerName ? <td>{formatDate(c.date, locale)}</td> : <th scope="row">{formatDate(c.date, locale)}</th>}
                {employerName && <th scope="row">{employerName(c.employerId)}</th>}
                {staffName && <td>{staffName(c.staffId)}</td>}
                <td>{t(`contacts:modesShort.${c.mode}`)}</td>
                <td>{visitLabel(visits.get(c.id))}</td>
                <td>{t(`contacts:purposes.${c.purpose}`)}</td>
                <td>{c.clientIds.length === 0 ? t('contacts:list.generic') : c.clientIds.map(clientCode).join(', ')}</td>
                <td>{[c.outcome, c.nextStep].filter(Boolean).join(' → ')}</td>
                {renderEdit && (
                  <td>
                    <div className="row">
                      <button type="button" className="button button-secondary" onClick={() => setEditingId(c.id)}>
                        {t('contacts:list.edit')}
                      </button>
                      <ConfirmButton
                        label={t('contacts:list.delete')}
                        title={t('contacts:list.deleteTitle')}
                        body={<p>{t('contacts:list.deleteBody')}</p>}
                        confirmLabel={t('common:actions.delete')}
                        isDanger
                        onConfirm={async () => {
                          await save(() => deleteContact(db, c.id, new Date()));
                        }}
                      />
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
