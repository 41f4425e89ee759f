import { useTranslation } from '../../i18n/use-translation';
import { CLIENT_SORTS, type ClientFilter, type ClientSort } from '../../domain/caseload/client-list';
import { PHASES } from '../../domain/caseload/phases';
import type { Staff } from '../../domain/records/caseload';
import { usePhaseName } from './labels';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

const STATUSES = ['waiting', 'active', 'closed'] as const;

interface Props {
  staff: readonly Staff[];
  filter: ClientFilter;
  sort: ClientSort;
  onFilter: (patch: Partial<ClientFilter>) => void;
  onSort: (sort: ClientSort) => void;
}

/** Search by code, filters by specialist, phase and status, and the sort order (issues 3 and 15). */
export function ClientFilters({ staff, filter, sort, onFilter, onSort }: Props) {
  const { t } = useTranslation(['caseload']);
  const phaseName = usePhaseName();
  return (
    <fieldset className="form-grid">
      <legend className="visually-hidden">{t('caseload:clients.filtersLabel')}</legend>
      <TextField
        type="search"
        label={t('caseload:clients.search')}
        hint={t('caseload:clients.searchHint')}
        value={filter.code ?? ''}
        onChange={(value) => onFilter({ code: value })}
        autoComplete="off"
      />
      <SelectField
        label={t('caseload:clients.specialist')}
        value={filter.specialistId}
        onChange={(value) => onFilter({ specialistId: value })}
      >
        <option value="all">{t('caseload:clients.all')}</option>
        {staff.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
        <option value="none">{t('caseload:clients.unassigned')}</option>
      </SelectField>
      <SelectField
        label={t('caseload:clients.phase')}
        value={String(filter.phase)}
        onChange={(value) => onFilter({ phase: PHASES.find((phase) => String(phase) === value) ?? 'all' })}
      >
        <option value="all">{t('caseload:clients.all')}</option>
        {PHASES.map((phase) => (
          <option key={phase} value={phase}>
            {phaseName(phase)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('caseload:clients.status')}
        value={filter.status}
        onChange={(value) => onFilter({ status: STATUSES.find((s) => s === value) ?? 'all' })}
      >
        <option value="all">{t('caseload:clients.all')}</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`caseload:status.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('caseload:clients.sort')}
        value={sort}
        onChange={(value) => onSort(CLIENT_SORTS.find((s) => s === value) ?? 'code')}
      >
        {CLIENT_SORTS.map((option) => (
          <option key={option} value={option}>
            {t(`caseload:clients.sorts.${option}`)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
