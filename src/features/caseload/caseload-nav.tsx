import { useTranslation } from '../../i18n/use-translation';
import { SectionNav } from '../../ui/section-nav';

type Current = 'overview' | 'clients' | 'staff' | null;

/** The way back to the service and between the caseload pages of one service. */
export function CaseloadNav({ serviceId, serviceName, current }: { serviceId: string; serviceName: string; current: Current }) {
  const { t } = useTranslation(['caseload']);
  const base = `/services/${serviceId}`;
  return (
    <SectionNav
      label={t('caseload:nav.label')}
      back={{ href: base, text: serviceName }}
      current={current}
      links={[
        { key: 'overview', href: `${base}/caseload`, label: t('caseload:nav.overview') },
        { key: 'clients', href: `${base}/clients`, label: t('caseload:nav.clients') },
        { key: 'staff', href: `${base}/staff`, label: t('caseload:nav.staff') },
      ]}
    />
  );
}
