import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

type Current = 'overview' | 'clients' | 'staff' | null;

/** The way back to the service and between the caseload pages of one service. */
export function CaseloadNav({ serviceId, serviceName, current }: { serviceId: string; serviceName: string; current: Current }) {
  const { t } = useTranslation(['caseload']);
  const base = `/services/${serviceId}`;
  const links = [
    ['overview', `${base}/caseload`, t('caseload:nav.overview')],
    ['clients', `${base}/clients`, t('caseload:nav.clients')],
    ['staff', `${base}/staff`, t('caseload:nav.staff')],
  ] as const;
  return (
    <nav aria-label={t('caseload:nav.label')} className="caseload-nav">
      <Link href={base}>← {serviceName}</Link>
      <ul className="caseload-tabs">
        {links.map(([key, href, label]) => (
          <li key={key}>
            <Link href={href} className="caseload-tab" aria-current={current === key ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
